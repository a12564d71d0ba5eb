/** Registers a store customer through Medusa's auth routes and logs them in. */
export async function registerCustomer(
  api: any,
  publishableKey: string,
  { email, password = "s3cret-Pass", first_name = "Test", last_name = "Customer" }: {
    email: string
    password?: string
    first_name?: string
    last_name?: string
  }
) {
  const pk = { "x-publishable-api-key": publishableKey }
  const reg = await api.post("/auth/customer/emailpass/register", { email, password })
  await api.post(
    "/store/customers",
    { email, first_name, last_name },
    { headers: { ...pk, authorization: `Bearer ${reg.data.token}` } }
  )
  const login = await api.post("/auth/customer/emailpass", { email, password })
  return { headers: { ...pk, authorization: `Bearer ${login.data.token}` } }
}
