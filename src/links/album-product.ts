import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MusicModule from "../modules/music"

// An album is sold as one Medusa product.
export default defineLink(MusicModule.linkable.album, ProductModule.linkable.product)
