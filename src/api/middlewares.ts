import { defineMiddlewares, errorHandler } from "@medusajs/framework/http"
import { undecodablePathAs400 } from "./utils/clean-text"
import { adminVisibilityMiddlewares } from "./admin/music/visibility-middlewares"
import { adminOwnershipMiddlewares } from "./admin/music/ownership/middlewares"
import { adminTrackMasterMiddlewares } from "./admin/music/tracks/middlewares"
import { adminAlbumAudioMiddlewares } from "./admin/music/albums/middlewares"
import { adminSalesReportMiddlewares } from "./admin/reports/sales/middlewares"
import { adminCatalogueMiddlewares } from "./admin/music/catalogue/middlewares"
import { storeDownloadMiddlewares } from "./store/customers/me/library/download-middlewares"
import { storeLibraryMiddlewares } from "./store/customers/library/middlewares"
import { customerPasswordMiddlewares } from "./auth/password-rules"
import { separateLoginMiddlewares } from "./auth/separate-logins"
import { authRateLimitMiddlewares } from "./auth/rate-limits"
import { adminAuditLogMiddlewares } from "./admin/audit-log/middlewares"
import { adminAuditTrailMiddlewares } from "./admin/audit-log/record-changes"
import { storeMusicMiddlewares } from "./store/music/middlewares"
import { adminCustomerMusicMiddlewares } from "./admin/music/customers/middlewares"
import { adminEmployeeMiddlewares } from "./admin/employees/middlewares"
import { adminSupportMiddlewares } from "./admin/support-requests/middlewares"
import { storeSupportMiddlewares } from "./store/customers/me/support-requests/middlewares"
import { storePlaylistMiddlewares } from "./store/playlists/middlewares"
import { hostileBytesMiddlewares } from "./hostile-bytes-middlewares"
import { storeOrderMiddlewares } from "./store/orders/middlewares"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { storePaymentCollectionMiddlewares } from "./store/payment-collections/middlewares"
import { accessLogMiddlewares } from "./access-log-middlewares"
import { staffAccountMiddlewares } from "./admin/staff-account-middlewares"

export default defineMiddlewares({
  errorHandler: undecodablePathAs400(errorHandler()),
  // One entry per line, so that each domain's line merges on its own.
  routes: [
    ...adminVisibilityMiddlewares,
    ...adminOwnershipMiddlewares,
    ...adminTrackMasterMiddlewares,
    ...adminAlbumAudioMiddlewares,
    ...adminSalesReportMiddlewares,
    ...adminCatalogueMiddlewares,
    ...adminCustomerMusicMiddlewares,
    ...adminEmployeeMiddlewares,
    ...adminSupportMiddlewares,
    ...storeDownloadMiddlewares,
    ...storeLibraryMiddlewares,
    ...storeSupportMiddlewares,
    ...storeMusicMiddlewares,
    ...storePlaylistMiddlewares,
    // Before the other /auth checks: a refused attempt costs nothing more.
    ...authRateLimitMiddlewares,
    ...customerPasswordMiddlewares,
    ...separateLoginMiddlewares,
    ...hostileBytesMiddlewares,
    ...staffAccountMiddlewares,
    ...storeOrderMiddlewares,
    ...storeCartMiddlewares,
    ...storePaymentCollectionMiddlewares,
    ...adminAuditLogMiddlewares,
    // After the checks that read the URL as sent (hostile bytes).
    ...accessLogMiddlewares,
    // Last: each route's own checks have run when its record is read.
    ...adminAuditTrailMiddlewares,
  ],
})
