export {defineSironetNews} from './lib/define-element.js'
export {
  SironetNewsElement,
  type SironetNewsData,
  type SironetNewsErrorDetail,
  type SironetNewsLoadDetail
} from './lib/element.js'
