import fs from "node:fs"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureStoreSetup, type StoreSetup } from "../../../src/lib/store-setup"
import { PUBLISHED_DEMO_PASSWORD } from "../../../src/lib/deployment-secrets"
import { importChinook } from "../../helpers/chinook"
import { registerCustomer } from "../../helpers/customer"
import { buy, customerAuth, eventually, makeAlbum, refused, sentTo, staffAuth, type Auth } from "../../helpers/staff-side"

type Chinook = {
  Employee: { EmployeeId: number; FirstName: string; LastName: string; Title: string; ReportsTo: number | null; Email: string }[]
  Customer: { CustomerId: number; FirstName: string; LastName: string; Email: string; SupportRepId: number | null }[]
  Invoice: { InvoiceId: number; CustomerId: number; InvoiceDate: string; Total: number }[]
  InvoiceLine: { InvoiceId: number; TrackId: number }[]
  Track: { TrackId: number; AlbumId: number }[]
}

const cents = (n: number) => Math.round(n * 100)
const BACKEND = "https://api.chinook.test"

// The staff side on the imported Chinook data: employees (hierarchy, sales,
// customers, edits, invites) and a customer's music (rep, library, spend,
// re-sent download links), checked against figures computed here from
// ChinookData.json itself.
export default function adminCustomersEmployeesSuite({ api, getContainer }: MedusaSuiteOptions) {
  let data: Chinook
  let setup: StoreSetup
  let staff: Auth
  const empId = new Map<number, string>()
  const custId = new Map<number, string>()
  const savedBackend = process.env.MEDUSA_BACKEND_URL

  /** Chinook's own figures for a rep: invoices and total of the customers they look after. */
  function chinookRep(employeeId: number) {
    const customers = new Set(data.Customer.filter((c) => c.SupportRepId === employeeId).map((c) => c.CustomerId))
    const invoices = data.Invoice.filter((i) => customers.has(i.CustomerId))
    const byYear = new Map<number, number>()
    for (const i of invoices) byYear.set(Number(i.InvoiceDate.slice(0, 4)), (byYear.get(Number(i.InvoiceDate.slice(0, 4))) ?? 0) + cents(i.Total))
    return { customers: customers.size, orders: invoices.length, total: invoices.reduce((s, i) => s + cents(i.Total), 0), byYear }
  }

  /** What a Chinook customer bought: distinct tracks and their albums, and the sum of their invoices. */
  function chinookCustomer(customerId: number) {
    const invoices = data.Invoice.filter((i) => i.CustomerId === customerId)
    const ids = new Set(invoices.map((i) => i.InvoiceId))
    const tracks = new Set(data.InvoiceLine.filter((l) => ids.has(l.InvoiceId)).map((l) => l.TrackId))
    const albumOf = new Map(data.Track.map((t) => [t.TrackId, t.AlbumId]))
    const albums = new Set([...tracks].map((t) => albumOf.get(t)))
    return { tracks: tracks.size, albums: albums.size, total: invoices.reduce((s, i) => s + cents(i.Total), 0), orders: invoices.length }
  }

  const chinookEmployee = (last: string) => data.Employee.find((e) => e.LastName === last)!
  const emp = (last: string) => empId.get(chinookEmployee(last).EmployeeId)!

  beforeAll(async () => {
    process.env.MEDUSA_BACKEND_URL = BACKEND
    const container = getContainer()
    await importChinook(container)
    setup = await ensureStoreSetup(container)
    data = JSON.parse(fs.readFileSync(process.env.CHINOOK_DATA!, "utf8"))
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: employees } = await query.graph({ entity: "employee", fields: ["id", "chinook_id"] })
    for (const e of employees as any[]) empId.set(e.chinook_id, e.id)
    const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "metadata"] })
    for (const c of customers as any[]) if (c.metadata?.chinook_id) custId.set(Number(c.metadata.chinook_id), c.id)
    // An imported employee's own admin login.
    staff = await (async () => {
      const { data: login } = await api.post("/auth/user/emailpass", { email: "jane@chinookcorp.com", password: PUBLISHED_DEMO_PASSWORD })
      return { headers: { authorization: `Bearer ${login.token}` } }
    })()
  })
  afterAll(() => {
    if (savedBackend === undefined) delete process.env.MEDUSA_BACKEND_URL
    else process.env.MEDUSA_BACKEND_URL = savedBackend
  })

  it("needs a staff login for every admin route of employees and customers' music", async () => {
    const customer = await customerAuth(api, setup.publishable_key, "luisg@embraer.com.br", PUBLISHED_DEMO_PASSWORD)
    const e = emp("Peacock")
    const c = custId.get(1)!
    const calls = (auth?: Auth) => [
      api.get("/admin/employees", auth),
      api.post("/admin/employees", { first_name: "A", last_name: "B", email: "a@b.test" }, auth),
      api.get(`/admin/employees/${e}`, auth),
      api.post(`/admin/employees/${e}`, { title: "Boss" }, auth),
      api.get(`/admin/employees/${e}/customers`, auth),
      api.get(`/admin/employees/${e}/sales`, auth),
      api.post(`/admin/employees/${e}/invite`, {}, auth),
      api.get(`/admin/music/customers/${c}`, auth),
      api.post(`/admin/music/customers/${c}/support-rep`, { employee_id: e }, auth),
      api.post(`/admin/music/customers/${c}/resend-downloads`, {}, auth),
    ]
    // Every refusal is caught as soon as it is made: the calls run at once and
    // may answer out of order (a rejection nobody awaits yet fails the test).
    for (const { status } of await Promise.all(calls().map(refused))) expect(status).toBe(401)
    for (const { status } of await Promise.all(calls(customer).map(refused))) expect(status).toBe(401)
    // Nothing happened: Jane's title is Chinook's.
    expect((await api.get(`/admin/employees/${e}`, staff)).data.employee.title).toBe("Sales Support Agent")
  })

  it("lists Chinook's 8 employees with their reports-to hierarchy and customers", async () => {
    const { data: list } = await api.get("/admin/employees", staff)
    expect(list.count).toBe(8)
    expect(list.employees).toHaveLength(data.Employee.length)
    for (const c of data.Employee) {
      const e = list.employees.find((x: any) => x.chinook_id === c.EmployeeId)
      expect(e).toMatchObject({
        id: empId.get(c.EmployeeId),
        first_name: c.FirstName,
        last_name: c.LastName,
        title: c.Title,
        email: c.Email.toLowerCase(),
        reports_to: c.ReportsTo == null ? null : empId.get(c.ReportsTo),
        customer_count: chinookRep(c.EmployeeId).customers,
        user_id: expect.stringMatching(/^user_/),
      })
    }
    // One root (the general manager); every other employee reaches it.
    const byId = new Map(list.employees.map((e: any) => [e.id, e]))
    const roots = list.employees.filter((e: any) => !e.reports_to)
    expect(roots.map((e: any) => e.last_name)).toEqual(["Adams"])
    for (const e of list.employees) {
      let at: any = e
      for (let hops = 0; at.reports_to; hops++) {
        expect(hops).toBeLessThan(8)
        at = byId.get(at.reports_to)
      }
      expect(at.last_name).toBe("Adams")
    }

    const { data: nancy } = await api.get(`/admin/employees/${emp("Edwards")}`, staff)
    expect(nancy.employee.manager).toMatchObject({ id: emp("Adams"), name: "Andrew Adams" })
    const expectedReports = data.Employee.filter((x) => x.ReportsTo === chinookEmployee("Edwards").EmployeeId).map((x) => `${x.FirstName} ${x.LastName}`)
    expect(nancy.employee.reports.map((r: any) => r.name).sort()).toEqual(expectedReports.sort())
    expect(nancy.employee.login).toMatchObject({ user: { email: "nancy@chinookcorp.com" }, linked: true, invite: null })
    expect((await refused(api.get("/admin/employees/emp_01MISSING", staff))).status).toBe(404)
  })

  it("gives each employee's sales from the ledger, equal to Chinook's invoices of their customers", async () => {
    const { data: list } = await api.get("/admin/employees", staff)
    let all = 0
    for (const c of data.Employee) {
      const expected = chinookRep(c.EmployeeId)
      all += expected.total
      const id = empId.get(c.EmployeeId)!
      const { data: sales } = await api.get(`/admin/employees/${id}/sales`, staff)
      if (!expected.orders) {
        expect(sales.totals).toEqual([])
        continue
      }
      expect(sales.totals).toHaveLength(1)
      const [t] = sales.totals
      expect({ name: c.LastName, currency: t.currency_code, net: cents(t.net), gross: cents(t.gross), orders: t.orders, customers: t.customers }).toEqual({
        name: c.LastName,
        currency: "usd",
        net: expected.total,
        gross: expected.total,
        orders: expected.orders,
        customers: expected.customers,
      })
      expect(sales.by_year.map((y: any) => [y.year, cents(y.net)])).toEqual([...expected.byYear.entries()].sort((a, b) => a[0] - b[0]))
      const listed = list.employees.find((e: any) => e.id === id)
      expect(cents(listed.sales[0].net)).toBe(expected.total)
    }
    // Chinook's whole takings, all with the three sales agents.
    expect(all).toBe(232860)
    expect(cents((await api.get(`/admin/employees/${emp("Peacock")}/sales`, staff)).data.totals[0].net)).toBe(83304)
    expect((await refused(api.get("/admin/employees/emp_01MISSING/sales", staff))).status).toBe(404)
  })

  it("pages an employee's customers, each with their lifetime spend", async () => {
    const jane = chinookEmployee("Peacock")
    const mine = data.Customer.filter((c) => c.SupportRepId === jane.EmployeeId)
    const seen: any[] = []
    for (let offset = 0; offset < mine.length; offset += 7) {
      const { data: page } = await api.get(`/admin/employees/${emp("Peacock")}/customers?limit=7&offset=${offset}`, staff)
      expect(page.count).toBe(mine.length)
      seen.push(...page.customers)
    }
    expect(seen.map((c) => c.email).sort()).toEqual(mine.map((c) => c.Email.toLowerCase()).sort())
    // Pages neither overlap nor skip (ordered by last name in the database's collation).
    expect(new Set(seen.map((c) => c.id)).size).toBe(mine.length)
    for (const c of mine) {
      const row = seen.find((s) => s.email === c.Email.toLowerCase())
      expect([c.Email, cents(row.spend[0].net)]).toEqual([c.Email, chinookCustomer(c.CustomerId).total])
    }
    expect((await refused(api.get(`/admin/employees/${emp("Peacock")}/customers?limit=500`, staff))).message).toMatch(/limit/)
  })

  it("shows a customer's rep, what they own and their lifetime spend", async () => {
    const luis = chinookCustomer(1)
    const { data: music } = await api.get(`/admin/music/customers/${custId.get(1)}?limit=5`, staff)
    expect(music.customer).toMatchObject({ id: custId.get(1), email: "luisg@embraer.com.br" })
    expect(music.support_rep).toMatchObject({ id: emp("Peacock"), name: "Jane Peacock" })
    expect(music.owned).toEqual({ tracks: luis.tracks, albums: luis.albums })
    expect(music.spend).toHaveLength(1)
    expect(music.spend[0]).toMatchObject({ currency_code: "usd", orders: luis.orders })
    expect([cents(music.spend[0].net), cents(music.spend[0].gross)]).toEqual([luis.total, luis.total])
    expect(music.library).toMatchObject({ count: luis.albums, limit: 5, offset: 0 })
    expect(music.library.albums).toHaveLength(5)
    const next = (await api.get(`/admin/music/customers/${custId.get(1)}?limit=5&offset=5`, staff)).data.library.albums
    expect(next.map((a: any) => a.id)).not.toContain(music.library.albums[0].id)

    expect((await refused(api.get("/admin/music/customers/cus_01MISSING", staff))).status).toBe(404)
    const bad = await refused(api.get(`/admin/music/customers/${custId.get(1)}?limit=0`, staff))
    expect(bad.status).toBe(400)
    expect(bad.message).toMatch(/limit/)
  })

  it("moves a customer to another support rep, with their open requests; past sales stay with the old rep", async () => {
    const luis = await customerAuth(api, setup.publishable_key, "luisg@embraer.com.br", PUBLISHED_DEMO_PASSWORD)
    const request = (await api.post("/store/customers/me/support-requests", { subject: "Rep test", message: "Who looks after me?" }, luis)).data.support_request
    expect(request.assignee.id).toBe(emp("Peacock"))
    const before = (await api.get("/admin/employees", staff)).data.employees
    const count = (list: any[], last: string) => list.find((e) => e.last_name === last).customer_count

    const customer = custId.get(1)!
    const moved = await api.post(`/admin/music/customers/${customer}/support-rep`, { employee_id: emp("Park") }, staff)
    expect(moved.data).toEqual({
      customer_id: customer,
      previous_employee_id: emp("Peacock"),
      employee_id: emp("Park"),
      reassigned_request_ids: [request.id],
    })
    expect((await api.get(`/admin/music/customers/${customer}`, staff)).data.support_rep).toMatchObject({ id: emp("Park"), name: "Margaret Park" })
    expect((await api.get(`/store/customers/me/support-requests/${request.id}`, luis)).data.support_request.assignee.id).toBe(emp("Park"))
    const after = (await api.get("/admin/employees", staff)).data.employees
    expect([count(after, "Peacock"), count(after, "Park")]).toEqual([count(before, "Peacock") - 1, count(before, "Park") + 1])
    // The ledger keeps the rep of each sale when it was made.
    expect(cents((await api.get(`/admin/employees/${emp("Peacock")}/sales`, staff)).data.totals[0].net)).toBe(chinookRep(3).total)
    expect(cents((await api.get(`/admin/employees/${emp("Park")}/sales`, staff)).data.totals[0].net)).toBe(chinookRep(4).total)

    const cases: [Record<string, unknown>, RegExp][] = [
      [{ employee_id: "emp_01NOBODY" }, /employee_id/],
      [{}, /employee_id/],
      [{ employee_id: 7 }, /employee_id/],
      [{ employee_id: emp("Park"), note: "x" }, /note/],
    ]
    for (const [body, field] of cases) {
      const r = await refused(api.post(`/admin/music/customers/${customer}/support-rep`, body, staff))
      expect({ body, status: r.status }).toEqual({ body, status: 400 })
      expect(r.message).toMatch(field)
    }
    expect((await refused(api.post("/admin/music/customers/cus_01MISSING/support-rep", { employee_id: emp("Park") }, staff))).status).toBe(404)

    const none = await api.post(`/admin/music/customers/${customer}/support-rep`, { employee_id: null }, staff)
    expect(none.data).toMatchObject({ previous_employee_id: emp("Park"), employee_id: null })
    expect((await api.get(`/admin/music/customers/${customer}`, staff)).data.support_rep).toBeNull()
    expect((await api.get(`/admin/support-requests/${request.id}`, staff)).data.support_request.assignee).toBeNull()
  })

  it("re-sends a customer their library's download links by email, and the links work", async () => {
    const container = getContainer()
    // A Chinook customer: one link per owned album.
    const luis = chinookCustomer(1)
    const sent = await api.post(`/admin/music/customers/${custId.get(1)}/resend-downloads`, {}, staff)
    expect(sent.status).toBe(201)
    expect(sent.data.sent).toMatchObject({ to: "luisg@embraer.com.br", albums: luis.albums, tracks: luis.tracks })
    const [mail] = await sentTo(container, "luisg@embraer.com.br", 1, "library-downloads")
    expect(mail.status).toBe("success")
    const mailed = mail.data as any
    expect(mailed.albums).toHaveLength(luis.albums)
    expect(mailed.track_count).toBe(luis.tracks)
    expect(mailed.library_url).toMatch(/\/account\/library$/)
    for (const a of mailed.albums) expect(a.url).toMatch(new RegExp(`^${BACKEND}/downloads/[\\w-]+\\.[\\w-]{43}$`))
    const hours = (Date.parse(mailed.links_expire_at) - Date.now()) / 3_600_000
    expect(hours).toBeGreaterThan(71)
    expect(hours).toBeLessThanOrEqual(72)
    // HEAD: the token and the ownership check, without rendering a whole album.
    const head = await api.head(new URL(mailed.albums[0].url).pathname, { validateStatus: () => true })
    expect([head.status, head.headers["content-type"]]).toEqual([200, "application/zip"])

    // A new customer with a short album: the mailed link downloads the ZIP of what they own.
    const auth = await registerCustomer(api, setup.publishable_key, { email: "listener@example.com", first_name: "Lee", last_name: "Stener" })
    const album = await makeAlbum(container, "Short Songs", [{ name: "One" }, { name: "Two" }, { name: "Three" }])
    await buy(api, container, setup, auth, [album.tracks[0].variant_id, album.tracks[2].variant_id])
    const me = (await api.get("/store/customers/me", auth)).data.customer.id
    await api.post(`/admin/music/customers/${me}/resend-downloads`, undefined, staff)
    const [own] = await sentTo(container, "listener@example.com", 1, "library-downloads")
    const [link] = (own.data as any).albums
    expect(link).toMatchObject({ album_id: album.id, title: "Short Songs", artist: "Short Songs Band", tracks: ["One", "Three"] })
    const zip = await api.get(new URL(link.url).pathname, { responseType: "arraybuffer" })
    expect(zip.status).toBe(200)
    expect(zip.headers["content-type"]).toBe("application/zip")
    const bytes = Buffer.from(zip.data)
    expect(bytes.subarray(0, 2).toString()).toBe("PK")
    const names = ["01 One (demo).wav", "03 Three (demo).wav"]
    for (const n of names) expect(bytes.includes(Buffer.from(n))).toBe(true)
    expect(bytes.includes(Buffer.from("02 Two"))).toBe(false)
    // Tampered: refused.
    const [payload, signature] = new URL(link.url).pathname.split("/downloads/")[1].split(".")
    const forged = `/downloads/${payload}.${signature.slice(0, -2)}${signature.endsWith("AA") ? "BB" : "AA"}`
    expect((await api.get(forged, { validateStatus: () => true })).status).toBe(403)

    // Nothing to send to a customer who owns nothing; unknown customers are 404.
    await registerCustomer(api, setup.publishable_key, { email: "empty@example.com" })
    const { data: [empty] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "customer", fields: ["id"], filters: { email: "empty@example.com" } })
    const nothing = await refused(api.post(`/admin/music/customers/${(empty as any).id}/resend-downloads`, {}, staff))
    expect(nothing.status).toBe(400)
    expect(nothing.message).toMatch(/owns no music/)
    expect(await sentTo(container, "empty@example.com", 0, undefined, 0)).toHaveLength(0)
    expect((await refused(api.post("/admin/music/customers/cus_01MISSING/resend-downloads", {}, staff))).status).toBe(404)
    expect((await refused(api.post(`/admin/music/customers/${me}/resend-downloads`, { to: "x@y.z" }, staff))).message).toMatch(/to/)
  })

  it("creates and edits employees, refusing bad input by field and reports-to loops", async () => {
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ last_name: "Nova", email: "nova@chinookcorp.com" }, /first_name/],
      [{ first_name: " ", last_name: "Nova", email: "nova@chinookcorp.com" }, /first_name/],
      [{ first_name: "Robert", last_name: "Nova", email: "not-an-address" }, /email/],
      [{ first_name: "Robert", last_name: "Nova", email: "JANE@chinookcorp.com" }, /email/],
      [{ first_name: "Robert", last_name: "Nova", email: "nova@chinookcorp.com", reports_to: "emp_01NOBODY" }, /reports_to/],
      [{ first_name: "Robert", last_name: "Nova", email: "nova@chinookcorp.com", birth_date: "yesterday" }, /birth_date/],
      [{ first_name: "Robert", last_name: "Nova", email: "nova@chinookcorp.com", salary: 1 }, /salary/],
    ]
    for (const [body, field] of bad) {
      const r = await refused(api.post("/admin/employees", body, staff))
      expect({ body, status: r.status }).toEqual({ body, status: 400 })
      expect(r.message).toMatch(field)
    }
    expect((await api.get("/admin/employees", staff)).data.count).toBe(8)

    const made = await api.post(
      "/admin/employees",
      { first_name: "Robert", last_name: "Nova", email: "Nova@ChinookCorp.com", title: "Sales Support Agent", reports_to: emp("Edwards"), hire_date: "2026-01-05", city: "" },
      staff
    )
    expect(made.status).toBe(201)
    const robert = made.data.employee
    expect(robert).toMatchObject({
      email: "nova@chinookcorp.com",
      reports_to: emp("Edwards"),
      manager: { id: emp("Edwards") },
      city: null,
      customer_count: 0,
      sales: [],
      login: { user: null, linked: false, invite: null },
    })
    expect(new Date(robert.hire_date).toISOString()).toBe("2026-01-05T00:00:00.000Z")
    const { data: list } = await api.get("/admin/employees", staff)
    expect(list.count).toBe(9)
    expect((await api.get(`/admin/employees/${emp("Edwards")}`, staff)).data.employee.reports.map((r: any) => r.id)).toContain(robert.id)

    const edited = await api.post(`/admin/employees/${robert.id}`, { title: "Senior Sales Agent", reports_to: emp("Adams") }, staff)
    expect(edited.data.employee).toMatchObject({ title: "Senior Sales Agent", reports_to: emp("Adams") })
    const loops: [string, Record<string, unknown>, RegExp][] = [
      // Andrew would report to Robert, who reports to Andrew.
      [emp("Adams"), { reports_to: robert.id }, /reports_to/],
      [emp("Adams"), { reports_to: emp("Peacock") }, /reports_to/],
      [robert.id, { reports_to: robert.id }, /reports_to/],
      [robert.id, { email: "nancy@chinookcorp.com" }, /email/],
      [robert.id, { last_name: "" }, /last_name/],
      [robert.id, {}, /at least one/],
    ]
    for (const [id, body, field] of loops) {
      const r = await refused(api.post(`/admin/employees/${id}`, body, staff))
      expect({ body, status: r.status }).toEqual({ body, status: 400 })
      expect(r.message).toMatch(field)
    }
    expect((await refused(api.post("/admin/employees/emp_01MISSING", { title: "x" }, staff))).status).toBe(404)
    // The hierarchy is as it was.
    expect((await api.get(`/admin/employees/${emp("Adams")}`, staff)).data.employee.reports_to).toBeNull()
    // Keeping one's own address is no conflict.
    expect((await api.post(`/admin/employees/${robert.id}`, { email: "nova@chinookcorp.com", first_name: "Bob" }, staff)).data.employee.name).toBe("Bob Nova")
  })

  it("invites an employee through Medusa's invite flow; accepting it links their new login", async () => {
    const container = getContainer()
    const { data: made } = await api.post(
      "/admin/employees",
      { first_name: "Robert", last_name: "Nova", email: "nova@chinookcorp.com", reports_to: emp("Edwards") },
      staff
    )
    const id = made.employee.id
    const first = await api.post(`/admin/employees/${id}/invite`, {}, staff)
    expect(first.status).toBe(201)
    expect(first.data).toMatchObject({ action: "invited", email: "nova@chinookcorp.com", invite: { id: expect.stringMatching(/^invite_/) } })
    expect(first.data.employee.login).toMatchObject({ user: null, linked: false, invite: { id: first.data.invite.id, expired: false } })
    // Asked again: the same invite with a fresh token, mailed again.
    const again = await api.post(`/admin/employees/${id}/invite`, undefined, staff)
    expect(again.data).toMatchObject({ action: "resent", invite: { id: first.data.invite.id } })
    const mails = await sentTo(container, "nova@chinookcorp.com", 2, "staff-invite")
    expect(mails).toHaveLength(2)
    const urls = mails.map((m) => new URL((m.data as any).url))
    for (const u of urls) expect(`${u.origin}${u.pathname}`).toBe(`${BACKEND}/app/invite`)
    expect((mails[1].data as any).name).toBe("Robert Nova")
    const [oldToken, token] = urls.map((u) => u.searchParams.get("token")!)
    expect(token).not.toBe(oldToken)

    // Accepting, as the admin's invite page does.
    const { data: reg } = await api.post("/auth/user/emailpass/register", { email: "nova@chinookcorp.com", password: "robert-pass-1" })
    const accepted = await api.post(
      `/admin/invites/accept?token=${encodeURIComponent(token)}`,
      { first_name: "Robert", last_name: "Nova" },
      { headers: { authorization: `Bearer ${reg.token}` } }
    )
    expect(accepted.status).toBe(200)
    const login = await eventually(async () => {
      const l = (await api.get(`/admin/employees/${id}`, staff)).data.employee.login
      return l.linked && l
    }, "the new login linked to the employee")
    expect(login).toMatchObject({ user: { id: accepted.data.user.id, email: "nova@chinookcorp.com" }, linked: true, invite: null })
    expect((await api.post("/auth/user/emailpass", { email: "nova@chinookcorp.com", password: "robert-pass-1" })).data.token).toBeTruthy()
    expect((await api.get("/admin/employees", staff)).data.employees.find((e: any) => e.id === id).user_id).toBe(accepted.data.user.id)

    // Refused: a login already there, an address that is a customer's login.
    const has = await refused(api.post(`/admin/employees/${id}/invite`, {}, staff))
    expect(has.status).toBe(400)
    expect(has.message).toMatch(/already has a staff login/)
    expect((await refused(api.post(`/admin/employees/${emp("Peacock")}/invite`, {}, staff))).message).toMatch(/already has a staff login/)
    const { data: customerLike } = await api.post("/admin/employees", { first_name: "Luís", last_name: "Gonçalves", email: "luisg@embraer.com.br" }, staff)
    const shared = await refused(api.post(`/admin/employees/${customerLike.employee.id}/invite`, {}, staff))
    expect(shared.status).toBe(400)
    expect(shared.message).toMatch(/^email: /)
    expect(await sentTo(container, "luisg@embraer.com.br", 0, "staff-invite", 0)).toHaveLength(0)
    expect((await refused(api.post("/admin/employees/emp_01MISSING/invite", {}, staff))).status).toBe(404)
  })
}
