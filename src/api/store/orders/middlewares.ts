import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { rejectHostileBytes } from "../../utils/clean-text"

/*
 * Medusa's GET /store/orders/:id answers anyone who knows an order's id (its
 * docs call the id the credential). Here ids travel further (support
 * requests, library rows, links in mails), and an order holds the customer's
 * address and email: it is shown to the customer who placed it, logged in,
 * and is "not found" to anyone else, as an unknown id is.
 */
async function ownOrderOnly(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: req.params.id } })
    if (!order || order.customer_id !== req.auth_context?.actor_id) {
      return next(new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`))
    }
    next()
  } catch (e) {
    next(e)
  }
}

/*
 * Medusa lets any logged-in customer ask for any order to be moved to their
 * account (the answer shows the order; the owner's mailbox gets the token).
 * That is meant for orders placed as a guest: an order of a registered
 * account is nobody else's to claim, and reads as not found.
 */
async function guestOrdersOnly(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({ entity: "order", fields: ["id", "customer_id", "customer.has_account"], filters: { id: req.params.id } })
    if (!order || (order.customer?.has_account && order.customer_id !== req.auth_context?.actor_id)) {
      return next(new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`))
    }
    next()
  } catch (e) {
    next(e)
  }
}

export const storeOrderMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/orders/:id",
    middlewares: [rejectHostileBytes, authenticate("customer", ["session", "bearer"]), ownOrderOnly],
  },
  {
    method: ["POST"],
    matcher: "/store/orders/:id/transfer/request",
    middlewares: [rejectHostileBytes, authenticate("customer", ["session", "bearer"]), guestOrdersOnly],
  },
]
