/** The help text of the command line and of each command. */
export const HELP: Readonly<Record<string, string>> = {
  main: `supplier-quality: score suppliers' audit evidence against a requirement profile

Usage: supplier-quality <command> [options]

Commands:
  evaluate <profile> <evidence...>   evaluate suppliers and report decision, score, grade and gaps
  validate <file> [--profile P]      check a profile or evidence file and list every problem
  lint <profile>                     warn about a valid profile that is suspicious (weights, bands, rules)
  cohort <profile> <source>          summarise many suppliers (JSON Lines, CSV, a directory), streaming
  worker --queue redis://HOST:PORT   summarise the shards of "cohort --queue" runs (several machines)
  plan --lot N --aql A               sampling plan lookup (ISO 2859-1 / ANSI Z1.4)
  capability <values> --lsl --usl    process capability study of measured values
  schema profile|evidence            print the JSON Schema of profile or evidence files

Run "supplier-quality <command> --help" for a command's options.
Inputs are JSON, JSON Lines or CSV files; "-" reads standard input.
Exit codes: 0 done; 1 evaluated but not approved (with --fail-unless-approved), or lint warnings;
2 invalid input or usage; 74 the output cannot be written; 141 the reader closed the pipe.
`,
  evaluate: `Usage: supplier-quality evaluate <profile> <evidence...> [options]

Evaluates each supplier's evidence against the profile.
  <profile>    a profile JSON file, or a CSV profile (see docs/cli.md; "-" for standard input)
  <evidence>   evidence JSON (one object or a list), JSON Lines, a CSV supplier table, or a directory

Options:
  --format text|json|md|html|csv   output format (default text)
  --lang en|id                     language of the text, md, html and csv output and of errors (default en)
  --at YYYY-MM-DD                  evaluation date (default: each audit date)
  --out FILE                       write the output to FILE instead of standard output
  --no-path                        leave out the shortest path to a pass (text, md, html, csv)
  --fail-unless-approved           exit with 1 when any supplier is not approved
  --allow-empty                    accept an input that holds no supplier (else exit 2)
  -h, --help                       show this help
`,
  validate: `Usage: supplier-quality validate <file> [options]

Checks a profile or evidence file and prints every problem with its path (or cell) on standard error.
A file with "categories" is a profile; one with "entries" or "supplier" is evidence; a CSV file is a
profile ([profile], [categories], [criteria], [grades], [rules] sections, or a criteria table alone)
unless --profile is given, then a supplier table.

Options:
  --profile FILE    check evidence against this profile too (entries, kinds, units)
  --format text|json  text (default), or the problems as JSON on standard output
  --lang en|id      language of the problems (default en)
  -h, --help        show this help
`,
  lint: `Usage: supplier-quality lint <profile> [options]

Warns about a profile that is valid but suspicious: a criterion whose weight cannot change any
decision, a grade band no score can reach, a tolerance wider than its nominal, a capability minimum
below 1.0, a critical criterion with weight 0, duplicate titles, a category without weight, a
certificate window longer than certificates run, a rule that can never fire. One line per warning
with its path and code (see docs/authoring.md). An invalid profile gets its problems instead.
  <profile>    a profile JSON file, or a CSV profile (see docs/cli.md; "-" for standard input)

Options:
  --ignore CODE,CODE   leave out these warning codes
  --format text|json   text (default), or the warnings as JSON
  --lang en|id         language of the warnings (default en)
  -h, --help           show this help

Exit codes: 0 no warnings; 1 warnings; 2 not a valid profile, or usage.
`,
  cohort: `Usage: supplier-quality cohort <profile> <source> [options]

Evaluates many suppliers one at a time and summarises them: decisions, pass rate, score
distribution, ranking, near misses and the gaps most suppliers share. <source> is a JSON Lines file (one evidence object per line), a CSV
supplier table, a JSON list, a directory of such files, or "-". A progress line is shown on standard
error when it is a terminal. Records with problems are reported with their line and skipped.

Options:
  --format text|json|md|html|csv   output format (default text)
  --lang en|id                     language (default en)
  --at YYYY-MM-DD                  evaluation date (default: each audit date)
  --top N                          how many suppliers the ranking lists (default 10)
  --full-ranking                   rank every supplier (memory grows with their number)
  --allow-empty                    accept a source that holds no supplier (else exit 2)
  --paths                          count the gaps on each supplier's path to a pass (slower)
  --out FILE                       write the output to FILE
  -h, --help                       show this help

Across machines (needs the bullmq package and a Redis server; see docs/scale.md):
  --queue redis://HOST:PORT        cut the input into shard jobs for "supplier-quality worker" processes
                                   and merge their summaries; the output is the same as without --queue
  --shard-size SIZE                about how many bytes of JSON Lines or CSV each shard covers
                                   (default 16M; a JSON file is one shard)
  --run ID                         the run's id (default: derived from the profile, input and options;
                                   a restarted run resumes from the summaries already stored)
  --evaluations DIR                each worker writes every supplier's evaluation, one JSON Lines file
                                   per shard, to DIR (a directory every worker can write)
`,
  worker: `Usage: supplier-quality worker --queue redis://HOST:PORT [options]

Summarises shards of "cohort --queue" runs until stopped (Ctrl-C or SIGTERM finishes the shard in
hand first). Run as many as wanted, on as many machines as wanted: every worker must read the input
files (and the --evaluations directory) at the paths the coordinator gives. Needs the bullmq package.

Options:
  --queue redis://HOST:PORT        the Redis server of the queue
  --concurrency N                  shards worked on at once by this process (default 1)
  --lock-timeout SECONDS           after how long without a sign of life a shard of a stopped worker
                                   is given to another worker (default 30)
  -h, --help                       show this help
`,
  plan: `Usage: supplier-quality plan --lot N --aql A [options]

Looks up the single sampling plan for attributes (ISO 2859-1:1999 Table 1 and Tables 2-A to 2-C).

Options:
  --lot N                          lot size
  --aql A                          acceptance quality limit in percent (0.010 to 10)
  --level I|II|III|S-1..S-4        inspection level (default II)
  --inspection normal|tightened|reduced   severity (default normal)
  --edition "ISO 2859-1:1999"|"ANSI/ASQ Z1.4-2003"   tables (default ISO 2859-1:1999)
  --format text|json               output format (default text)
  -h, --help                       show this help
`,
  capability: `Usage: supplier-quality capability <values> --lsl L --usl U [options]

Process capability study (AIAG SPC 2nd ed.): Cp, Cpk, Pp, Ppk, Cpm, Bissell limits, shares outside.
<values> is a text or CSV file of numbers ("-" for standard input): one value per line (or separated
by spaces or commas) for individual values in production order, or one subgroup per line. A first
line that is not numbers is taken as a header. A JSON file holds a list of values or of subgroups.

Options:
  --lsl L, --usl U     specification limits (one may be left out for a one-sided specification)
  --target T           target value for Cpm
  --sigma rbar|sbar|pooled|moving-range   within-subgroup sigma method
  --decimal-comma      commas in the values are decimal marks (3,2 is 3.2)
  --separator S        comma, semicolon, tab or space: what separates values on a line (default: any
                       of them; a comma between digits on a line without a decimal point is refused)
  --format text|json   output format (default text)
  -h, --help           show this help
`,
  schema: `Usage: supplier-quality schema profile|evidence

Prints the JSON Schema (draft 2020-12) of profile or evidence files. The package ships them as
schema/profile.schema.json and schema/evidence.schema.json; name one in a file's "$schema" so an
editor validates and completes it.
`,
};
