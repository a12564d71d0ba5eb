import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import {
  createProductVariantsWorkflow,
  createRemoteLinkStep,
  deleteProductVariantsWorkflow,
  dismissRemoteLinkStep,
  setProductProductOptionsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { clearCatalogueCache } from "../../lib/catalogue-cache"
import { MUSIC_MODULE } from "../../modules/music"
import type MusicModuleService from "../../modules/music/service"
import { OWNERSHIP_MODULE } from "../../modules/ownership"
import type OwnershipModuleService from "../../modules/ownership/service"
import { setAlbumSalesChannelsStep } from "../music/steps/set-album-sales-channels"
import { FORMAT_OPTION, trackOptionValue } from "../music/utils/album-product"
import { planTrackMoveStep, type TrackMove } from "./steps/plan-track-move"
import { renumberForMoveStep } from "./steps/renumber-for-move"
import { resyncOnRollbackStep } from "./steps/resync-on-rollback"
import { syncAlbumProduct } from "./utils/album-product"

export type MoveTrackInput = { id: string; album_id: string; track_number?: number }

/** Puts the track on its new album at its new place; undone by putting it back. */
const setTrackAlbumStep = createStep(
  "set-track-album",
  async (move: TrackMove, { container }) => {
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const [before] = await music.listTracks({ id: move.track_id }, { select: ["id", "album_id", "track_number"] })
    await music.updateTracks({ id: move.track_id, album_id: move.to_album_id, track_number: move.track_number } as any)
    await clearCatalogueCache(container, [move.from_album_id, move.to_album_id])
    return new StepResponse(undefined, { before: before as any, albums: [move.from_album_id, move.to_album_id] })
  },
  async (undo, { container }) => {
    if (!undo?.before) return
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    await music.updateTracks({ id: undo.before.id, album_id: undo.before.album_id, track_number: undo.before.track_number } as any)
    await clearCatalogueCache(container, undo.albums)
  }
)

/** The track's value of the Format option on its new album's product (Medusa's workflow, which compensates). */
const addTrackOptionValueWorkflow = createWorkflow(
  "add-track-option-value",
  (input: { product_id: string; update: { product_option_id: string; add: { value: string }[] }[] }) =>
    new WorkflowResponse(setProductProductOptionsWorkflow.runAsStep({ input }))
)

/**
 * Owners keep the track, now on its new album: their library groups owned
 * tracks by album. (The sales ledger keeps the album it was sold on.)
 * Undone by putting each back.
 */
const moveOwnedTracksStep = createStep(
  "move-owned-tracks",
  async (move: TrackMove, { container }) => {
    const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
    const owned = await ownership.listOwnedTracks({ track_id: move.track_id }, { select: ["id", "album_id"], take: null } as any)
    const before = owned.map((o: any) => ({ id: o.id as string, album_id: o.album_id as string }))
    if (before.length) await ownership.updateOwnedTracks(before.map((o) => ({ id: o.id, album_id: move.to_album_id })) as any)
    return new StepResponse(before.length, before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
    await ownership.updateOwnedTracks(before as any)
  }
)

/** syncAlbumProduct for the second album: Medusa's product workflow may run only once per workflow, so in one of its own. */
const syncMovedToAlbumWorkflow = createWorkflow("sync-moved-track-album", (input: WorkflowData<{ album_id: string }>) => {
  syncAlbumProduct(input, "moved-track-album-product")
  return new WorkflowResponse(input.album_id)
})

/**
 * Moves a track to another album. Medusa's variants cannot change product,
 * so the variant that sold it on the old album's product is deleted (with
 * its option value; orders keep their lines, which name the variant as it
 * was) and a new one, with the same SKU (the track id) and prices, is made
 * on the new album's product and linked to the track. The track keeps its
 * id, so its owners keep it (now listed under its new album) and the sales
 * ledger keeps each sale as it was made.
 * Both products and the store's read model follow; every step compensates.
 */
export const moveCatalogueTrackWorkflow = createWorkflow("move-catalogue-track", (input: MoveTrackInput) => {
  const move = planTrackMoveStep(input)
  resyncOnRollbackStep(transform({ move }, ({ move }) => ({ product_ids: [move.from_product_id, move.to_product_id].filter(Boolean) as string[] })))

  when("move-track-old-variant", { move }, ({ move }) => !!move.old_variant_id).then(() => {
    // Medusa's variant deletion removes links by its own key (variant_id), not this link's: dismissed here, restored on rollback.
    dismissRemoteLinkStep(
      transform({ move }, ({ move }) => [
        { [MUSIC_MODULE]: { track_id: move.track_id }, [Modules.PRODUCT]: { product_variant_id: move.old_variant_id! } },
      ])
    )
    deleteProductVariantsWorkflow.runAsStep({ input: transform({ move }, ({ move }) => ({ ids: [move.old_variant_id!] })) })
  })
  const removed = when("move-track-old-option-value", { move }, ({ move }) => !!move.from_product_id && move.old_option_values.length > 0).then(() =>
    setProductProductOptionsWorkflow.runAsStep({
      input: transform({ move }, ({ move }) => ({
        product_id: move.from_product_id!,
        update: move.old_option_values.map((v) => ({ product_option_id: v.option_id, remove: [v.id] })),
      })),
    })
  )

  renumberForMoveStep(move)
  setTrackAlbumStep(move)
  moveOwnedTracksStep(move)

  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "options.id", "options.title"],
    filters: { id: move.to_product_id },
  }).config({ name: "move-track-target-product" })
  const value = transform({ move }, ({ move }) => trackOptionValue({ track_number: move.track_number, name: move.name }))
  // Medusa's own workflow a second time: through a workflow of our own, whose step has another name.
  addTrackOptionValueWorkflow.runAsStep({
    input: transform({ move, products, value, removed }, ({ move, products, value }) => {
      const option = (products[0] as any)?.options?.find((o: any) => o?.title === FORMAT_OPTION)
      if (!option) throw new Error(`product ${move.to_product_id} has no ${FORMAT_OPTION} option.`)
      return { product_id: move.to_product_id, update: [{ product_option_id: option.id as string, add: [{ value }] }] }
    }),
  })

  const variants = createProductVariantsWorkflow.runAsStep({
    input: transform({ move, value }, ({ move, value }) => ({
      product_variants: [
        {
          product_id: move.to_product_id,
          title: move.name,
          sku: move.track_id,
          manage_inventory: false,
          options: { [FORMAT_OPTION]: value },
          prices: move.prices.map((p) => ({
            amount: p.amount,
            currency_code: p.currency_code,
            ...(p.min_quantity != null ? { min_quantity: p.min_quantity } : {}),
            ...(p.max_quantity != null ? { max_quantity: p.max_quantity } : {}),
            ...(p.rules && Object.keys(p.rules).length ? { rules: p.rules } : {}),
          })),
          variant_rank: move.track_number,
        },
      ],
    })),
  })
  createRemoteLinkStep(
    transform({ move, variants }, ({ move, variants }) => [
      { [MUSIC_MODULE]: { track_id: move.track_id }, [Modules.PRODUCT]: { product_variant_id: variants[0].id } },
    ])
  )
  syncAlbumProduct(transform({ move, variants }, ({ move }) => ({ album_id: move.from_album_id })), "move-track-from-product")
  syncMovedToAlbumWorkflow.runAsStep({ input: transform({ move, variants }, ({ move }) => ({ album_id: move.to_album_id })) })
  setAlbumSalesChannelsStep(
    transform({ move, variants }, ({ move }) => ({ product_ids: [move.from_product_id, move.to_product_id].filter(Boolean) as string[] }))
  ).config({ name: "move-track-store-view" })

  return new WorkflowResponse(
    transform({ move, variants }, ({ move, variants }) => ({
      id: move.track_id,
      from_album_id: move.from_album_id,
      album_id: move.to_album_id,
      track_number: move.track_number,
      variant_id: variants[0].id,
    }))
  )
})
