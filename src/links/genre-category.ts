import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MusicModule from "../modules/music"

// A genre is browsed as one Medusa product category; an album is in the
// category of every genre its tracks have.
export default defineLink(MusicModule.linkable.genre, ProductModule.linkable.productCategory)
