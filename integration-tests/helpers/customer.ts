type Registration = { email: string; password?: string; first_name?: string; last_name?: string }

/** Registers a store customer through Medusa's auth routes and logs them in. */
export async function registerCustomer(api: any, publishableKey: string, registration: Registration) {
  return (await registerCustomerWithId(api, publishableKey, registration)).auth
}

/** registerCustomer, with the id of the customer it made (for module calls and ownership checks). */
export async function registerCustomerWithId(
  api: any,
  publishableKey: string,
  { email, password = "s3cret-Pass", first_name = "Test", last_name = "Customer" }: Registration
) {
  const pk = { "x-publishable-api-key": publishableKey }
  const reg = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data } = await api.post(
    "/store/customers",
    { email, first_name, last_name },
    { headers: { ...pk, authorization: `Bearer ${reg.data.token}` } }
  )
  const login = await api.post("/auth/customer/emailpass", { email, password })
  return { auth: { headers: { ...pk, authorization: `Bearer ${login.data.token}` } }, id: data.customer.id as string }
}
