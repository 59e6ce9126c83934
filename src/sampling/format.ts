/** Returns a whole number with comma thousands separators, e.g. 1200 → '1,200' (locale-independent). */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Returns 'a', 'a or b', or 'a to b' for an inclusive range of counts. */
export function formatCountRange(from: number, to: number): string {
  if (from === to) return String(from);
  if (to === from + 1) return `${from} or ${to}`;
  return `${from} to ${to}`;
}

/** Returns the words for "accept with … nonconforming, reject with … or more". */
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
