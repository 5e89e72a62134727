/**
 * Names written with a capital inside the word on purpose, which the
 * `run-together-words` rule must not split. No registry lists such brands, so
 * this short list holds the ones bulletins of international exchanges name;
 * names whose first part has one or two letters (`McDonald`, `WeChat`,
 * `iPhone`, `DeVos`) or whose second part is short (`LinkedIn`, `PhD`) pass
 * without being listed.
 */
export const camelCaseNames: ReadonlySet<string> = new Set([
  'AliExpress',
  'AstraZeneca',
  'BlackBerry',
  'BlackRock',
  'DeepMind',
  'DreamWorks',
  'ExxonMobil',
  'GlaxoSmithKline',
  'GitHub',
  'HarperCollins',
  'JavaScript',
  'MacBook',
  'MasterCard',
  'MySpace',
  'PayPal',
  'PlayStation',
  'PowerPoint',
  'PricewaterhouseCoopers',
  'SoftBank',
  'SpaceX',
  'SunPower',
  'TikTok',
  'WhatsApp',
  'YouTube',
  'WikiLeaks',
  'WordPress'
])
