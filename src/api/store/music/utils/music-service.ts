import type { MedusaContainer } from "@medusajs/framework/types"
import { MUSIC_MODULE } from "../../../../modules/music"
import type MusicModuleService from "../../../../modules/music/service"

export const musicService = (scope: MedusaContainer): MusicModuleService => scope.resolve(MUSIC_MODULE)
