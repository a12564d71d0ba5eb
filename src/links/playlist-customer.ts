import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import PlaylistsModule from "../modules/playlists"

// A customer owns many playlists; editorial playlists have no link.
export default defineLink(
  { linkable: PlaylistsModule.linkable.playlist, isList: true },
  CustomerModule.linkable.customer
)
