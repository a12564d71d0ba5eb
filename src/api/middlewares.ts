import { defineMiddlewares, errorHandler } from "@medusajs/framework/http"
import { undecodablePathAs400 } from "./utils/clean-text"
import { adminVisibilityMiddlewares } from "./admin/music/visibility-middlewares"
import { adminOwnershipMiddlewares } from "./admin/music/ownership/middlewares"
import { adminTrackMasterMiddlewares } from "./admin/music/tracks/middlewares"
import { adminCatalogueMiddlewares } from "./admin/music/catalogue/middlewares"
import { storeDownloadMiddlewares } from "./store/customers/me/library/download-middlewares"
import { storeLibraryMiddlewares } from "./store/customers/library/middlewares"
import { customerPasswordMiddlewares } from "./auth/password-rules"
import { separateLoginMiddlewares } from "./auth/separate-logins"
import { storeMusicMiddlewares } from "./store/music/middlewares"

export default defineMiddlewares({
  errorHandler: undecodablePathAs400(errorHandler()),
  routes: [...adminVisibilityMiddlewares, ...adminOwnershipMiddlewares, ...adminTrackMasterMiddlewares, ...adminCatalogueMiddlewares, ...storeDownloadMiddlewares, ...storeLibraryMiddlewares, ...storeMusicMiddlewares, ...customerPasswordMiddlewares, ...separateLoginMiddlewares],
})
