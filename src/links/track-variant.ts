import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MusicModule from "../modules/music"

// Each track is sold as one variant of its album's product.
export default defineLink(MusicModule.linkable.track, ProductModule.linkable.productVariant)
