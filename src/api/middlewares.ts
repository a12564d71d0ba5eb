import { defineMiddlewares } from "@medusajs/framework/http"
import { storeMusicMiddlewares } from "./store/music/middlewares"

export default defineMiddlewares({
  routes: [...storeMusicMiddlewares],
})
