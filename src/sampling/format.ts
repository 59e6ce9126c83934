/**
 * Returns a whole number with comma thousands separators, the same in every host locale.
 *
 * @example
 * formatCount(1200)
 * //=> '1,200'
 */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Returns the words for an inclusive range of counts.
 *
 * @example
 * formatCountRange(4, 5)
 * //=> '4 or 5'
 */
export function formatCountRange(from: number, to: number): string {
  if (from === to) return String(from);
  if (to === from + 1) return `${from} or ${to}`;
  return `${from} to ${to}`;
}

/**
 * Returns the words for the acceptance and rejection numbers of a plan, with the gap of a reduced plan.
 *
 * @example
 * acceptRejectWords(0, 2)
 * //=> 'accept only with 0 nonconforming, reject with 2 or more; 1 nonconforming accepts the lot but reinstates normal inspection'
 */
export function acceptRejectWords(acceptanceNumber: number, rejectionNumber: number): string {
  const accept =
    acceptanceNumber === 0 ? 'accept only with 0 nonconforming' : `accept with ${acceptanceNumber} or fewer nonconforming`;
  let words = `${accept}, reject with ${rejectionNumber} or more`;
  if (rejectionNumber > acceptanceNumber + 1) {
    const from = acceptanceNumber + 1;
    const to = rejectionNumber - 1;
    words += `; ${formatCountRange(from, to)} nonconforming ${from === to ? 'accepts' : 'accept'} the lot but ${
      from === to ? 'reinstates' : 'reinstate'
    } normal inspection`;
  }
  return words;
}
