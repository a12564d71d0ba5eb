import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MusicModule from "../modules/music"

// An artist's albums are browsed as one Medusa product collection.
export default defineLink(MusicModule.linkable.artist, ProductModule.linkable.productCollection)
