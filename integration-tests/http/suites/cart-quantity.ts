import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ensureStoreSetup, StoreSetup } from "../../../src/lib/store-setup"
import { createTestAlbums } from "../../helpers/catalogue"
import { storeHeaders } from "../../helpers/purchase"

export default function cartQuantitySuite({ api, getContainer }: MedusaSuiteOptions) {
  let setup: StoreSetup
  let pk: { headers: Record<string, string> }
  let track: string
  let fullAlbum: string

  beforeAll(async () => {
    const container = getContainer()
    setup = await ensureStoreSetup(container)
    pk = storeHeaders(setup)
    const [album] = await createTestAlbums(container, {
      artist: "Os Mutantes",
      albums: [
        {
          title: "Os Mutantes",
          tracks: [
            { name: "Panis et Circenses", composer: null, milliseconds: 220000, bytes: 1, unit_price: 0.99, genre_id: null },
            { name: "A Minha Menina", composer: null, milliseconds: 260000, bytes: 1, unit_price: 0.99, genre_id: null },
          ],
        },
      ],
    })
    track = album.tracks.find((t) => t.name === "Panis et Circenses")!.variant_id
    fullAlbum = album.full_variant_id
  })

  const newCart = async () => (await api.post("/store/carts", { region_id: setup.region_id }, pk)).data.cart
  const addLine = (cartId: string, variant_id: string, quantity = 1) =>
    api.post(`/store/carts/${cartId}/line-items`, { variant_id, quantity }, pk).catch((e: any) => e.response)

  it("refuses a track already in the cart, leaving its line at quantity 1", async () => {
    const cart = await newCart()
    expect((await addLine(cart.id, track)).status).toBe(200)

    const again = await addLine(cart.id, track)
    expect(again.status).toBe(400)
    expect(again.data.message).toBe(`"Panis et Circenses" is already in your cart; music is sold one copy at a time.`)

    const { data } = await api.get(`/store/carts/${cart.id}`, pk)
    expect(data.cart.items.map((i: any) => [i.variant_id, i.quantity])).toEqual([[track, 1]])
  })

  it("refuses a quantity above 1 when adding, creating a cart or changing a line", async () => {
    const cart = await newCart()
    const two = await addLine(cart.id, fullAlbum, 2)
    expect(two.status).toBe(400)
    expect(two.data.message).toBe(
      `The album "Os Mutantes" can be in your cart only once (quantity 1); music is sold one copy at a time.`
    )

    const created = await api
      .post("/store/carts", { region_id: setup.region_id, items: [{ variant_id: track, quantity: 3 }] }, pk)
      .catch((e: any) => e.response)
    expect(created.status).toBe(400)
    expect(created.data.message).toMatch(/"Panis et Circenses" can be in your cart only once/)

    const added = await addLine(cart.id, fullAlbum)
    expect(added.status).toBe(200)
    const line = added.data.cart.items[0]
    const update = await api
      .post(`/store/carts/${cart.id}/line-items/${line.id}`, { quantity: 2 }, pk)
      .catch((e: any) => e.response)
    expect(update.status).toBe(400)
    expect(update.data.message).toMatch(/The album "Os Mutantes" can be in your cart only once/)
    const { data } = await api.get(`/store/carts/${cart.id}`, pk)
    expect(data.cart.items.map((i: any) => i.quantity)).toEqual([1])
  })

  it("leaves products that are not music alone", async () => {
    const { result } = await createProductsWorkflow(getContainer()).run({
      input: {
        products: [
          {
            title: "Gift card",
            status: ProductStatus.PUBLISHED,
            options: [{ title: "Kind", values: ["Paper"] }],
            sales_channels: [{ id: setup.sales_channel_id }],
            variants: [
              { title: "Paper", options: { Kind: "Paper" }, manage_inventory: false, prices: [{ amount: 10, currency_code: "usd" }] },
            ],
          },
        ],
      },
    })
    const cart = await newCart()
    expect((await addLine(cart.id, result[0].variants[0].id, 2)).status).toBe(200)
    const more = await addLine(cart.id, result[0].variants[0].id, 1)
    expect(more.status).toBe(200)
    expect(more.data.cart.items[0].quantity).toBe(3)
  })
}
