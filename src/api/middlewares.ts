import { defineMiddlewares, errorHandler } from "@medusajs/framework/http"
import { undecodablePathAs400 } from "./utils/clean-text"
import { adminVisibilityMiddlewares } from "./admin/music/visibility-middlewares"
import { adminTrackMasterMiddlewares } from "./admin/music/tracks/middlewares"
import { customerPasswordMiddlewares } from "./auth/password-rules"
import { storeMusicMiddlewares } from "./store/music/middlewares"

export default defineMiddlewares({
  errorHandler: undecodablePathAs400(errorHandler()),
  routes: [...adminVisibilityMiddlewares, ...adminTrackMasterMiddlewares, ...storeMusicMiddlewares, ...customerPasswordMiddlewares],
})
