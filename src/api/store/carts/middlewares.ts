import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/*
 * Medusa's cart routes take the cart's id as the credential: anyone who
 * knows it reads the cart (email, addresses), fills it or completes it. A
 * cart of a registered customer is theirs alone here: to anyone else, logged
 * in or not, it is not found, as an unknown id is. A guest's cart keeps
 * Medusa's behaviour (the storefront holds its id in a cookie).
 */
/** Not found (as an unknown id is) when `id` is a registered customer's cart and the caller is someone else. */
async function refuseOthersCart(req: AuthenticatedMedusaRequest, id: unknown) {
  if (typeof id !== "string" || !id) return undefined
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({ entity: "cart", fields: ["id", "customer_id", "customer.has_account"], filters: { id } })
  if (cart?.customer?.has_account && cart.customer_id !== req.auth_context?.actor_id) {
    return new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id '${id}' not found`)
  }
  return undefined
}

async function ownCartOnly(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    next(await refuseOthersCart(req, req.params.id))
  } catch (e) {
    next(e)
  }
}

/** Paying for a cart is using it: Medusa's payment collection route takes the cart id from the body. */
async function ownCartToPay(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    next(await refuseOthersCart(req, (req.body as any)?.cart_id))
  } catch (e) {
    next(e)
  }
}

// No method: every route under a cart, Medusa's and ours (a mount matches the paths below it too).
export const storeCartMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id", middlewares: [ownCartOnly] },
  { method: ["POST"], matcher: "/store/payment-collections", middlewares: [ownCartToPay] },
]
