import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../../../src/modules/staff"
import type StaffModuleService from "../../../src/modules/staff/service"
import { ensureStoreSetup, type StoreSetup } from "../../../src/lib/store-setup"
import { ensureStaffLogin } from "../../../src/lib/staff-login"
import { registerCustomer } from "../../helpers/customer"
import { buy, makeAlbum, refused, sentTo, staffAuth, type Auth } from "../../helpers/staff-side"

const STOREFRONT = "https://shop.chinook.test"

// Support requests: customers open them about their own orders and see only
// their own; staff work the queue, reply (the customer is mailed) and set
// status and assignee.
export default function supportSuite({ api, getContainer }: MedusaSuiteOptions) {
  let setup: StoreSetup
  let staff: Auth
  let other: Auth
  let alice: Auth
  let bob: Auth
  let pk: Auth
  const ids = {} as { rep1: string; rep2: string; alice: string; bob: string; aliceOrder: string; bobOrder: string }
  const saved = process.env.STOREFRONT_URL

  beforeAll(async () => {
    process.env.STOREFRONT_URL = STOREFRONT
    const container = getContainer()
    setup = await ensureStoreSetup(container)
    pk = { headers: { "x-publishable-api-key": setup.publishable_key } }
    const staffModule: StaffModuleService = container.resolve(STAFF_MODULE)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const [rep1, rep2] = await staffModule.createEmployees([
      { first_name: "Jane", last_name: "Rep", email: "jane.rep@example.com", title: "Sales Support Agent" },
      { first_name: "Steve", last_name: "Rep", email: "steve.rep@example.com", title: "Sales Support Agent" },
    ])
    Object.assign(ids, { rep1: rep1.id, rep2: rep2.id })
    // Jane's staff login, linked to her employee record: her replies carry her name.
    const jane = await ensureStaffLogin(container, { email: "jane.rep@example.com", password: "staff-pass-1" })
    await link.create({ [STAFF_MODULE]: { employee_id: rep1.id }, [Modules.USER]: { user_id: jane.id } })
    staff = await staffAuth(api, container, "jane.rep@example.com")
    other = await staffAuth(api, container, "someone@example.com")

    alice = await registerCustomer(api, setup.publishable_key, { email: "alice@example.com", first_name: "Alice", last_name: "Able" })
    bob = await registerCustomer(api, setup.publishable_key, { email: "bob@example.com", first_name: "Bob", last_name: "Baker" })
    const me = async (auth: Auth) => (await api.get("/store/customers/me", auth)).data.customer.id as string
    ids.alice = await me(alice)
    ids.bob = await me(bob)
    await link.create([
      { [STAFF_MODULE]: { employee_id: rep1.id }, [Modules.CUSTOMER]: { customer_id: ids.alice } },
      { [STAFF_MODULE]: { employee_id: rep2.id }, [Modules.CUSTOMER]: { customer_id: ids.bob } },
    ])
    const album = await makeAlbum(container, "Support Songs", [{ name: "Help" }, { name: "Rescue Me" }])
    ids.aliceOrder = (await buy(api, container, setup, alice, [album.tracks[0].variant_id])).id
    ids.bobOrder = (await buy(api, container, setup, bob, [album.tracks[1].variant_id])).id
  })
  afterAll(() => {
    if (saved === undefined) delete process.env.STOREFRONT_URL
    else process.env.STOREFRONT_URL = saved
  })

  const mine = "/store/customers/me/support-requests"
  const open = (auth: Auth, body: Record<string, unknown>) => api.post(mine, body, auth)
  // Each test starts from the database as beforeAll left it (the runner
  // restores it): the requests a test needs, it opens.
  async function openThree() {
    const download = (await open(alice, { subject: "Download stops half-way", message: "The ZIP stops at 50%.", order_id: ids.aliceOrder })).data.support_request
    const invoice = (await open(alice, { subject: "Invoice address", message: "Please change my invoice address." })).data.support_request
    const flac = (await open(bob, { subject: "Bob's question", message: "Is there a FLAC version?", order_id: ids.bobOrder })).data.support_request
    return { download, invoice, flac }
  }

  it("needs a staff login for every admin support route, and a customer login for the store's", async () => {
    const anonymous = [
      api.get("/admin/support-requests"),
      api.get("/admin/support-requests/sreq_1"),
      api.post("/admin/support-requests/sreq_1", { status: "resolved" }),
      api.post("/admin/support-requests/sreq_1/replies", { body: "hi" }),
      // A customer's token does not open the admin.
      api.get("/admin/support-requests", alice),
    ]
    // Caught as soon as made: the calls run at once and may answer out of order.
    for (const { status } of await Promise.all(anonymous.map(refused))) expect(status).toBe(401)
    const withoutLogin = [
      api.get(mine, pk),
      api.post(mine, { subject: "s", message: "m" }, pk),
      api.get(`${mine}/sreq_1`, pk),
      api.post(`${mine}/sreq_1/replies`, { body: "b" }, pk),
    ].map(refused)
    for (const { status } of await Promise.all(withoutLogin)) expect(status).toBe(401)
  })

  it("refuses bad input with a 400 naming the field, and another customer's order", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ message: "Where is my song?" }, /subject/],
      [{ subject: "", message: "Where is my song?" }, /subject/],
      [{ subject: "   ", message: "Where is my song?" }, /subject/],
      [{ subject: "x".repeat(201), message: "Where is my song?" }, /subject/],
      [{ subject: 42, message: "Where is my song?" }, /subject/],
      [{ subject: "Missing song" }, /message/],
      [{ subject: "Missing song", message: "m".repeat(5001) }, /message/],
      [{ subject: "Missing song", message: "nul \u0000 byte" }, /message/],
      [{ subject: "Missing song", message: "Where?", priority: "high" }, /priority/],
      // Bob's order, and an order that does not exist, read the same.
      [{ subject: "Missing song", message: "Where?", order_id: ids.bobOrder }, /order_id/],
      [{ subject: "Missing song", message: "Where?", order_id: "order_01NOPE" }, /order_id/],
    ]
    for (const [body, field] of cases) {
      const { status, message } = await refused(open(alice, body))
      expect({ body, status }).toEqual({ body, status: 400 })
      expect(message).toMatch(field)
    }
    // Limits are inclusive: 200 and 5000 characters are fine (made and counted below).
    const edge = await open(alice, { subject: "s".repeat(200), message: "m".repeat(5000) })
    expect(edge.status).toBe(201)
    const { data } = await api.get(mine, alice)
    expect(data.count).toBe(1)
  })

  it("opens requests assigned to the customer's rep, about the customer's own order", async () => {
    const { status, data } = await open(alice, { subject: "  Download stops half-way ", message: "The ZIP stops at 50%.", order_id: ids.aliceOrder })
    expect(status).toBe(201)
    expect(data.support_request).toMatchObject({
      subject: "Download stops half-way",
      message: "The ZIP stops at 50%.",
      status: "open",
      order: { id: ids.aliceOrder, display_id: expect.any(Number) },
      assignee: { id: ids.rep1, name: "Jane Rep" },
      replies: [],
      reply_count: 0,
    })
    expect(data.support_request.number).toEqual(expect.any(Number))
    const second = await open(alice, { subject: "Invoice address", message: "Please change my invoice address." })
    expect(second.data.support_request.order).toBeNull()

    const list = (await api.get(mine, alice)).data
    expect(list.count).toBe(2)
    // Latest activity first.
    expect(list.support_requests.map((r: any) => r.subject)).toEqual(["Invoice address", "Download stops half-way"])
    expect((await api.get(`${mine}?status=resolved`, alice)).data.count).toBe(0)
    expect((await api.get(`${mine}?limit=1&offset=1`, alice)).data.support_requests[0].subject).toBe("Download stops half-way")
  })

  it("mails a new request to the customer's support rep, with a link to it in the admin; nobody when the customer has none", async () => {
    const container = getContainer()
    const { download, flac } = await openThree()
    const toJane = await sentTo(container, "jane.rep@example.com", 2, "support-request-assigned")
    expect(toJane).toHaveLength(2)
    const mail = toJane.find((n: any) => n.resource_id === download.id)!
    expect(mail).toMatchObject({ channel: "email", status: "success", template: "support-request-assigned", resource_type: "support_request" })
    expect(mail.data).toMatchObject({
      rep_name: "Jane Rep",
      request_id: download.id,
      request_number: download.number,
      subject: "Download stops half-way",
      message: "The ZIP stops at 50%.",
      order_id: ids.aliceOrder,
      customer: { name: "Alice Able", email: "alice@example.com" },
    })
    expect(mail.data!.url).toMatch(new RegExp(`^https?://[^/]+/app/support/${download.id}$`))
    // Bob's rep gets Bob's request only; the customers get nothing.
    const toSteve = await sentTo(container, "steve.rep@example.com", 1, "support-request-assigned")
    expect(toSteve.map((n: any) => n.resource_id)).toEqual([flac.id])
    expect(await sentTo(container, "alice@example.com", 1, "support-request-assigned", 500)).toHaveLength(0)

    // A customer with no support rep: the request waits unassigned in the queue, mailed to no one.
    const carol = await registerCustomer(api, setup.publishable_key, { email: "carol@example.com", first_name: "Carol" })
    const orphan = (await open(carol, { subject: "Anyone there?", message: "Hello?" })).data.support_request
    expect(orphan.assignee).toBeNull()
    const notifications = container.resolve(Modules.NOTIFICATION)
    const all = await notifications.listNotifications({ template: "support-request-assigned" })
    expect(all.map((n: any) => n.resource_id).sort()).toEqual([download.id, flac.id, (await api.get(`${mine}`, alice)).data.support_requests.find((r: any) => r.subject === "Invoice address").id].sort())
  })

  it("shows a customer only their own requests: another's is 404 to read and to answer", async () => {
    const { flac: bobs } = await openThree()
    expect(bobs.assignee).toMatchObject({ id: ids.rep2 })
    expect((await refused(api.get(`${mine}/${bobs.id}`, alice))).status).toBe(404)
    expect((await refused(api.post(`${mine}/${bobs.id}/replies`, { body: "I can see this" }, alice))).status).toBe(404)
    expect((await api.get(mine, alice)).data.support_requests.map((r: any) => r.id)).not.toContain(bobs.id)
    expect((await api.get(`${mine}/${bobs.id}`, bob)).data.support_request.subject).toBe("Bob's question")
    expect((await refused(api.get(`${mine}/sreq_01MISSING`, bob))).status).toBe(404)
    // Nothing was added to Bob's thread.
    expect((await api.get(`${mine}/${bobs.id}`, bob)).data.support_request.replies).toEqual([])
  })

  it("gives staff a queue filtered by status, assignee and text, paged", async () => {
    await openThree()
    const all = (await api.get("/admin/support-requests", staff)).data
    expect(all.count).toBe(3)
    expect(all.support_requests[0]).toMatchObject({ subject: "Bob's question", customer: { email: "bob@example.com", first_name: "Bob" } })
    const janes = (await api.get(`/admin/support-requests?assignee_id=${ids.rep1}`, staff)).data
    expect(janes.support_requests.map((r: any) => r.subject).sort()).toEqual(["Download stops half-way", "Invoice address"])
    expect((await api.get("/admin/support-requests?assignee_id=none", staff)).data.count).toBe(0)
    expect((await api.get("/admin/support-requests?q=flac", staff)).data.support_requests.map((r: any) => r.subject)).toEqual(["Bob's question"])
    expect((await api.get("/admin/support-requests?q=alice@example", staff)).data.count).toBe(2)
    const number = all.support_requests[2].number
    expect((await api.get(`/admin/support-requests?q=%23${number}`, staff)).data.support_requests.map((r: any) => r.number)).toEqual([number])
    const page = (await api.get("/admin/support-requests?status=open,pending&limit=1&offset=1", staff)).data
    expect(page).toMatchObject({ count: 3, limit: 1, offset: 1 })
    expect(page.support_requests).toHaveLength(1)
    expect((await api.get("/admin/support-requests?status=resolved", staff)).data.count).toBe(0)
    const bad = await refused(api.get("/admin/support-requests?status=closed", staff))
    expect(bad.status).toBe(400)
    expect(bad.message).toMatch(/status/)
    expect((await refused(api.get("/admin/support-requests?limit=1000", staff))).message).toMatch(/limit/)
  })

  it("mails the customer a staff reply; the customer answers in the thread and it is open again", async () => {
    const container = getContainer()
    const { download: request } = await openThree()
    expect(await sentTo(container, "alice@example.com", 0, "support-reply", 0)).toHaveLength(0)

    const body = "Sorry about that! Try the link again, it is fixed now."
    const replied = await api.post(`/admin/support-requests/${request.id}/replies`, { body }, staff)
    expect(replied.status).toBe(201)
    expect(replied.data.support_request).toMatchObject({ status: "pending", reply_count: 1, last_author: "staff" })
    expect(replied.data.support_request.replies[0]).toMatchObject({ author_type: "staff", author_name: "Jane Rep", body })

    const [mail, ...more] = await sentTo(container, "alice@example.com", 1, "support-reply")
    expect(more).toHaveLength(0)
    expect(mail).toMatchObject({ channel: "email", status: "success", template: "support-reply" })
    expect(mail.data).toMatchObject({
      subject: "Download stops half-way",
      request_id: request.id,
      customer_name: "Alice Able",
      reply: { author_name: "Jane Rep", body },
      url: `${STOREFRONT}/account/support/${request.id}`,
    })

    const seen = (await api.get(`${mine}/${request.id}`, alice)).data.support_request
    expect(seen.status).toBe("pending")
    expect(seen.replies).toEqual([{ id: expect.any(String), author_type: "staff", author_name: "Jane Rep", body, created_at: expect.any(String) }])

    const answer = await api.post(`${mine}/${request.id}/replies`, { body: "Works now, thanks!" }, alice)
    expect(answer.status).toBe(201)
    expect(answer.data.support_request).toMatchObject({ status: "open", reply_count: 2, last_author: "customer" })
    expect(answer.data.support_request.replies[1]).toMatchObject({ author_type: "customer", author_name: "Alice Able", body: "Works now, thanks!" })
    expect((await refused(api.post(`${mine}/${request.id}/replies`, { body: " " }, alice))).message).toMatch(/body/)

    // A reply that also closes the request; an empty one is refused and mails nothing.
    const closing = await api.post(`/admin/support-requests/${request.id}/replies`, { body: "Glad to hear it.", status: "resolved" }, staff)
    expect(closing.data.support_request.status).toBe("resolved")
    expect(await sentTo(container, "alice@example.com", 2, "support-reply")).toHaveLength(2)
    const empty = await refused(api.post(`/admin/support-requests/${request.id}/replies`, { body: "" }, staff))
    expect(empty).toMatchObject({ status: 400 })
    expect(empty.message).toMatch(/body/)
    expect((await refused(api.post(`/admin/support-requests/${request.id}/replies`, { body: "x".repeat(5001) }, staff))).message).toMatch(/body/)
    expect((await refused(api.post("/admin/support-requests/sreq_01MISSING/replies", { body: "hello" }, staff))).status).toBe(404)
    expect(await sentTo(container, "alice@example.com", 3, "support-reply", 1000)).toHaveLength(2)
    // Another staff member (no employee record) signs with their address.
    const fromOther = await api.post(`/admin/support-requests/${request.id}/replies`, { body: "Anything else?" }, other)
    expect(fromOther.data.support_request.replies.at(-1)).toMatchObject({ author_name: "someone@example.com", author_id: expect.stringMatching(/^user_/) })
  })

  it("lets staff set the status and give a request to another employee", async () => {
    await openThree()
    const [request] = (await api.get(`/admin/support-requests?q=Invoice`, staff)).data.support_requests
    const resolved = await api.post(`/admin/support-requests/${request.id}`, { status: "resolved" }, staff)
    expect(resolved.data.support_request.status).toBe("resolved")
    const moved = await api.post(`/admin/support-requests/${request.id}`, { assignee_id: ids.rep2 }, staff)
    expect(moved.data.support_request).toMatchObject({ status: "resolved", assignee: { id: ids.rep2, name: "Steve Rep" } })
    const nobody = await api.post(`/admin/support-requests/${request.id}`, { assignee_id: null, status: "open" }, staff)
    expect(nobody.data.support_request).toMatchObject({ status: "open", assignee: null })
    expect((await api.get("/admin/support-requests?assignee_id=none", staff)).data.support_requests.map((r: any) => r.id)).toEqual([request.id])

    const bad: [Record<string, unknown>, RegExp][] = [
      [{ status: "closed" }, /status/],
      [{ assignee_id: "emp_01NOBODY" }, /assignee_id/],
      [{}, /status or assignee_id/],
      [{ status: "open", note: "x" }, /note/],
    ]
    for (const [body, field] of bad) {
      const r = await refused(api.post(`/admin/support-requests/${request.id}`, body, staff))
      expect({ body, status: r.status }).toEqual({ body, status: 400 })
      expect(r.message).toMatch(field)
    }
    expect((await refused(api.post("/admin/support-requests/sreq_01MISSING", { status: "open" }, staff))).status).toBe(404)
    // Unchanged by the refusals.
    expect((await api.get(`/admin/support-requests/${request.id}`, staff)).data.support_request).toMatchObject({ status: "open", assignee: null })
    const thread = (await api.get(`/admin/support-requests/${request.id}`, staff)).data.support_request
    expect(thread.customer).toMatchObject({ id: ids.alice, email: "alice@example.com" })
  })
}
