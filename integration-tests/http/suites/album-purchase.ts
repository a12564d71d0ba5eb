import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ensureStoreSetup, StoreSetup } from "../../../src/lib/store-setup"
import { createTestAlbums } from "../../helpers/catalogue"
import { registerCustomer } from "../../helpers/customer"
import { cartWith, completeCart, payWithSystemProvider, storeHeaders } from "../../helpers/purchase"
import { staffLogin } from "../../helpers/staff"

export default function albumPurchaseSuite({ api, getContainer }: MedusaSuiteOptions) {
  let setup: StoreSetup
  let pk: { headers: Record<string, string> }

  beforeAll(async () => {
    setup = await ensureStoreSetup(getContainer())
    pk = storeHeaders(setup)
  })

  async function createAlbum() {
    const [album] = await createTestAlbums(getContainer(), {
      artist: "Antônio Carlos Jobim",
      genre: "Bossa Nova",
      albums: [
        {
          title: "Warner 25 Anos",
          tracks: [
            { name: "Desafinado", composer: "Jobim", milliseconds: 185338, bytes: 5990473, unit_price: 0.99 },
            { name: "Garota De Ipanema", composer: "Jobim/Moraes", milliseconds: 285048, bytes: 9348428, unit_price: 1.99 },
          ],
        },
      ],
    })
    return album
  }

  it("sells an album created through the workflow as a product with three priced variants", async () => {
    const album = await createAlbum()
    expect(album.tracks.map((t) => t.track_number)).toEqual([1, 2])

    const { data } = await api.get(
      `/store/products/${album.product_id}?region_id=${setup.region_id}&fields=*variants.calculated_price,+variants.sku`,
      pk
    )
    const product = data.product
    expect(product.title).toBe("Warner 25 Anos")
    expect(product.subtitle).toBe("Antônio Carlos Jobim")
    expect(product.variants).toHaveLength(3)
    const price = Object.fromEntries(
      product.variants.map((v: any) => [v.title, v.calculated_price.calculated_amount])
    )
    // Full album: 80% of 2.98 is 2.384, rounded up to 2.99, capped at the sum.
    expect(price).toEqual({ Desafinado: 0.99, "Garota De Ipanema": 1.99, "Full album": 2.98 })

    const query = getContainer().resolve("query")
    const { data: linked } = await query.graph({
      entity: "album",
      fields: ["id", "product.id", "tracks.name", "tracks.product_variant.id"],
      filters: { id: album.id },
    })
    expect(linked[0].product!.id).toBe(album.product_id)
    const variantIds = product.variants.map((v: any) => v.id)
    for (const t of linked[0].tracks) {
      expect(variantIds).toContain(t!.product_variant!.id)
    }
  })

  it("completes a logged-in customer's cart of one track with no shipping step", async () => {
    const album = await createAlbum()
    const auth = await registerCustomer(api, setup.publishable_key, { email: "ana@example.com" })

    const cart = await cartWith(api, setup, auth)
    expect(cart.customer_id).toBeTruthy()

    const trackVariant = album.tracks[0]
    const { data: withItem } = await api.post(
      `/store/carts/${cart.id}/line-items`,
      { variant_id: trackVariant.variant_id, quantity: 1 },
      auth
    )
    expect(withItem.cart.items).toHaveLength(1)
    expect(withItem.cart.items[0].requires_shipping).toBe(false)
    expect(withItem.cart.total).toBe(0.99)

    await payWithSystemProvider(api, cart.id, auth)
    const { data: done } = await completeCart(api, cart.id, auth)
    expect(done.type).toBe("order")
    expect(done.order.total).toBe(0.99)
    expect(done.order.shipping_address ?? null).toBeNull()
    expect(done.order.shipping_methods ?? []).toHaveLength(0)

    const { data: mine } = await api.get("/store/orders", auth)
    expect(mine.orders.map((o: any) => o.id)).toEqual([done.order.id])
  })

  it("shows staff the album behind a product, and only to staff", async () => {
    const album = await createAlbum()
    const url = `/admin/music/products/${album.product_id}/album`
    await expect(api.get(url)).rejects.toMatchObject({ response: { status: 401 } })

    const admin = await staffLogin(api, getContainer(), { email: "staff@example.com", password: "staff-pass-1" })

    const { data } = await api.get(url, admin)
    expect(data.album.artist.name).toBe("Antônio Carlos Jobim")
    expect(data.album.tracks.map((t: any) => [t.track_number, t.name, t.genre.name])).toEqual([
      [1, "Desafinado", "Bossa Nova"],
      [2, "Garota De Ipanema", "Bossa Nova"],
    ])

    await expect(api.get("/admin/music/products/prod_missing/album", admin)).rejects.toMatchObject({
      response: { status: 404 },
    })
  })
}
