import type {Severity} from '@sironet/model'

/** One rule of the parser: what it reports, how serious it is, and how to fix it. */
export interface Rule {
  /** Kebab-case id, as in messages (example: `'missing-date'`). */
  id: string
  /** How serious its messages are. */
  severity: Severity
  /** What the rule checks, in one sentence. */
  description: string
  /** How to fix what it reports. */
  fix: string
}

/** Where the rule catalog is documented; each rule has an anchor `#rule-<id>`. */
export const rulesUrl = 'https://github.com/sironet/news-kit/tree/main/packages/parse#rule-catalog'

/**
 * Every rule `parseBulletin` reports, by id.
 *
 * @example
 *   rules['missing-date'].fix // 'Start the item with its date …'
 */
export const rules = {
  'missing-date': {
    id: 'missing-date',
    severity: 'warning',
    description: 'Each news item should open with the date of the event it reports (or state it in its first sentence).',
    fix: 'Start the item with its date, such as `On January 10,` or `From January 12 to 16,`.'
  },
  'missing-year': {
    id: 'missing-year',
    severity: 'error',
    description: 'A date without a year needs the year from the bulletin title’s period or from the `year` option.',
    fix: 'Give the title a period such as `(2018.1-2018.6)`, write the year in the date, or pass `year`.'
  },
  'invalid-date': {
    id: 'invalid-date',
    severity: 'error',
    description: 'A date names a day that does not exist, such as `February 30`.',
    fix: 'Correct the day or the month of the date.'
  },
  'date-outside-period': {
    id: 'date-outside-period',
    severity: 'warning',
    description: 'An item’s date falls outside the months the bulletin covers, which is often a wrong year or month.',
    fix: 'Check the date; write the year in the item if the event really is outside the bulletin’s period.'
  },
  'unbalanced-quote': {
    id: 'unbalanced-quote',
    severity: 'warning',
    description: 'An opening quotation mark has no closing one (or the reverse), so a theme or name may run on.',
    fix: 'Add the missing quotation mark where the quoted text ends (or starts).'
  },
  'run-together-words': {
    id: 'run-together-words',
    severity: 'warning',
    description:
      'Two words are written without a space between them (`RussiaDunhuang`, `villagesimproving`, `Forum”a`), usually where a line break or a quotation mark was lost.',
    fix: 'Insert the missing space (or the lost punctuation) between the two words.'
  },
  'bad-ordinal': {
    id: 'bad-ordinal',
    severity: 'warning',
    description: 'An ordinal number has the wrong suffix, such as `23th` or `142th`.',
    fix: 'Use the right suffix: `1st`, `2nd`, `3rd`, `4th`, `11th`, `12th`, `13th`, `21st`, `22nd`, `23rd`, `142nd`.'
  },
  'duplicate-item': {
    id: 'duplicate-item',
    severity: 'warning',
    description: 'A paragraph repeats an earlier item word for word; the repeat is dropped.',
    fix: 'Delete the repeated paragraph.'
  },
  'skipped-heading': {
    id: 'skipped-heading',
    severity: 'info',
    description: 'A short line between items reads as a heading, not as a news item, and is left out of the items.',
    fix: 'Nothing to fix if it is a heading; end it with a period and give it a date if it is an item.'
  },
  'missing-title': {
    id: 'missing-title',
    severity: 'warning',
    description: 'The first paragraph does not read as a title (it opens with a date or is a long sentence).',
    fix: 'Put the bulletin’s title, with its period such as `(2018.1-2018.6)`, on the first line.'
  },
  'empty-bulletin': {
    id: 'empty-bulletin',
    severity: 'warning',
    description: 'The input holds no news item.',
    fix: 'Check that the right file was read, and that items are separated by blank lines.'
  },
  'invalid-facts': {
    id: 'invalid-facts',
    severity: 'warning',
    description:
      'Facts read from an item (headline, places, people …) did not validate under `@sironet/model` and were replaced by safe defaults.',
    fix: 'Report the item’s text to the parser’s maintainers; meanwhile check the item by hand.'
  },
  'invalid-encoding': {
    id: 'invalid-encoding',
    severity: 'error',
    description: 'The bytes are not valid in the encoding they were read in; bad bytes became `�`.',
    fix: 'Save the file as UTF-8, or pass the encoding it was written in.'
  },
  'guessed-encoding': {
    id: 'guessed-encoding',
    severity: 'warning',
    description: 'The file was not UTF-8, and its encoding (Windows-1252, GB18030, UTF-16) was guessed.',
    fix: 'Check the text reads right, and save the file as UTF-8.'
  },
  'unsupported-encoding': {
    id: 'unsupported-encoding',
    severity: 'error',
    description: 'The file is in an encoding bulletins are not read in (such as UTF-32).',
    fix: 'Save the file as UTF-8.'
  },
  'binary-input': {
    id: 'binary-input',
    severity: 'error',
    description: 'The file is not text (a PDF, a Word document, an image …).',
    fix: 'Save the bulletin as plain text (UTF-8) or as a web page (HTML), and read that file.'
  },
  mojibake: {
    id: 'mojibake',
    severity: 'warning',
    description: 'Garbled characters such as `â€œ` show that UTF-8 text was once read as Windows-1252.',
    fix: 'Replace the garbled characters with what they stand for (`â€œ` → `“`) and check the tool that exported the file.'
  }
} as const satisfies Record<string, Rule>

/** The id of a rule in {@link rules}. */
export type RuleId = keyof typeof rules

/**
 * The documentation address of a rule.
 *
 * @param id Rule id (example: `'missing-date'`).
 * @returns The README anchor of the rule.
 */
export function ruleUrl(id: string): string {
  return `${rulesUrl.slice(0, rulesUrl.indexOf('#'))}#rule-${id}`
}
