import {defineSironetNews} from './lib/define-element.js'

// The one side effect of the package, in its own entry (listed in `sideEffects`).
defineSironetNews()

export {SironetNewsElement} from './lib/element.js'
