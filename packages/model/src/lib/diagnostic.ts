import {z} from 'zod'

const point = z.object({line: z.number().int().positive(), column: z.number().int().positive()})

/** How serious a diagnostic is: an `error` loses or corrupts information, a `warning` may, `info` does not. */
export const Severity = z.enum(['error', 'warning', 'info'])

/** How serious a diagnostic is. */
export type Severity = z.infer<typeof Severity>

/**
 * A positioned message about a bulletin’s content (modelled on unified’s
 * `VFileMessage`): `ruleId` names the rule, `reason` what is wrong, `note` the fix.
 */
export const Diagnostic = z
  .object({
    ruleId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {error: 'Expected a kebab-case rule id like missing-date'}),
    reason: z.string().min(1),
    severity: Severity,
    place: z.object({start: point, end: point}).describe('Start and end line:column, 1-based.'),
    source: z.string().min(1).describe('What reported it (example: `@sironet/parse`) or the file.'),
    file: z.string().optional().describe('File the message is about.'),
    actual: z.string().optional(),
    expected: z.array(z.string()).optional(),
    note: z.string().optional().describe('How to fix it.'),
    url: z.string().optional().describe('Documentation of the rule.')
  })
  .meta({id: 'Diagnostic', description: 'A positioned message about a bulletin’s content.'})

/** A positioned message about a bulletin’s content. */
export type Diagnostic = z.infer<typeof Diagnostic>
