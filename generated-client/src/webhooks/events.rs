// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! The API's webhook event types and the objects they carry (see the `webhooks` module).

use super::{Event, WebhookError};

event_types! {
    /// `charge.captured`: a charge authorized earlier was captured (`data.object` is a charge).
    ChargeCaptured => "charge.captured",
    /// `charge.dispute.created`: a customer disputed a charge.
    ChargeDisputeCreated => "charge.dispute.created",
    /// `charge.dispute.updated`: a dispute changed (evidence submitted, status changed).
    ChargeDisputeUpdated => "charge.dispute.updated",
    /// `charge.dispute.closed`: a dispute was won, lost or accepted.
    ChargeDisputeClosed => "charge.dispute.closed",
    /// `charge.dispute.funds_withdrawn`: the disputed amount was taken from the balance.
    ChargeDisputeFundsWithdrawn => "charge.dispute.funds_withdrawn",
    /// `charge.dispute.funds_reinstated`: the disputed amount was returned to the balance.
    ChargeDisputeFundsReinstated => "charge.dispute.funds_reinstated",
    /// `charge.refund.updated`: a refund changed.
    ChargeRefundUpdated => "charge.refund.updated",
    /// `checkout.session.completed`: a Checkout Session was paid or set up (named by integrations,
    /// not by the event table).
    CheckoutSessionCompleted => "checkout.session.completed",
    /// `checkout.session.expired`: a Checkout Session expired unpaid.
    CheckoutSessionExpired => "checkout.session.expired",
    /// `checkout.session.canceled`: a Checkout Session was canceled (named by an integration, not
    /// by the event table).
    CheckoutSessionCanceled => "checkout.session.canceled",
    /// `payment_intent.amount_capturable_updated`: a PaymentIntent has funds to capture (see its
    /// `amount_capturable`).
    PaymentIntentAmountCapturableUpdated => "payment_intent.amount_capturable_updated",
    /// `payment_intent.canceled`: a PaymentIntent was canceled.
    PaymentIntentCanceled => "payment_intent.canceled",
    /// `payment_intent.created`: a PaymentIntent was created.
    PaymentIntentCreated => "payment_intent.created",
    /// `payment_intent.payment_failed`: creating a payment method or a payment failed.
    PaymentIntentPaymentFailed => "payment_intent.payment_failed",
    /// `payment_intent.processing`: a PaymentIntent started processing.
    PaymentIntentProcessing => "payment_intent.processing",
    /// `payment_intent.requires_action`: the customer must act (3D Secure, a redirect).
    PaymentIntentRequiresAction => "payment_intent.requires_action",
    /// `payment_intent.succeeded`: a PaymentIntent was paid; the signal to fulfil an order.
    PaymentIntentSucceeded => "payment_intent.succeeded",
    /// `payment_link.paid`: a payment link was paid (named by an integration, not by the event
    /// table).
    PaymentLinkPaid => "payment_link.paid",
    /// `product.created`: a product was created.
    ProductCreated => "product.created",
    /// `setup_intent.created`: a SetupIntent was created (Checkout in `setup` mode).
    SetupIntentCreated => "setup_intent.created",
    /// `setup_intent.succeeded`: a payment method was saved.
    SetupIntentSucceeded => "setup_intent.succeeded",
}

impl EventType {
    /// Whether this is one of the `charge.dispute.*` events, whose `data.object` is a dispute.
    pub fn is_dispute(&self) -> bool {
        self.as_str().starts_with("charge.dispute.")
    }

    /// Whether this is one of the `payment_intent.*` events, whose `data.object` is a
    /// PaymentIntent.
    pub fn is_payment_intent(&self) -> bool {
        self.as_str().starts_with("payment_intent.")
    }

    /// Whether this is one of the `checkout.session.*` events, whose `data.object` is a Checkout
    /// Session.
    pub fn is_checkout_session(&self) -> bool {
        self.as_str().starts_with("checkout.session.")
    }
}

event_objects! {
    /// A [`Charge`](crate::types::Charge), the object of `charge.captured` events.
    #[cfg(feature = "charges")]
    Charge(crate::types::Charge) =
        "charge.captured",
    /// A [`Dispute`](crate::types::Dispute), the object of `charge.dispute.created`,
    /// `charge.dispute.updated`, `charge.dispute.closed`, `charge.dispute.funds_withdrawn`,
    /// `charge.dispute.funds_reinstated` events.
    #[cfg(feature = "disputes")]
    Dispute(crate::types::Dispute) =
        "charge.dispute.created"
        | "charge.dispute.updated"
        | "charge.dispute.closed"
        | "charge.dispute.funds_withdrawn"
        | "charge.dispute.funds_reinstated",
    /// A [`Refund`](crate::types::Refund), the object of `charge.refund.updated` events.
    #[cfg(feature = "refunds")]
    Refund(crate::types::Refund) =
        "charge.refund.updated",
    /// A [`CheckoutSession`](crate::types::CheckoutSession), the object of
    /// `checkout.session.completed`, `checkout.session.expired`, `checkout.session.canceled`
    /// events.
    #[cfg(feature = "checkout_sessions")]
    CheckoutSession(crate::types::CheckoutSession) =
        "checkout.session.completed"
        | "checkout.session.expired"
        | "checkout.session.canceled",
    /// A [`PaymentIntent`](crate::types::PaymentIntent), the object of
    /// `payment_intent.amount_capturable_updated`, `payment_intent.canceled`,
    /// `payment_intent.created`, `payment_intent.payment_failed`, `payment_intent.processing`,
    /// `payment_intent.requires_action`, `payment_intent.succeeded` events.
    #[cfg(feature = "payment_intents")]
    PaymentIntent(crate::types::PaymentIntent) =
        "payment_intent.amount_capturable_updated"
        | "payment_intent.canceled"
        | "payment_intent.created"
        | "payment_intent.payment_failed"
        | "payment_intent.processing"
        | "payment_intent.requires_action"
        | "payment_intent.succeeded",
    /// A [`PaymentLink`](crate::types::PaymentLink), the object of `payment_link.paid` events.
    #[cfg(feature = "payment_links")]
    PaymentLink(crate::types::PaymentLink) =
        "payment_link.paid",
    /// A [`Product`](crate::types::Product), the object of `product.created` events.
    #[cfg(any(feature = "payment_links", feature = "prices", feature = "products", feature = "subscription_items", feature = "subscriptions"))]
    Product(crate::types::Product) =
        "product.created",
    /// A [`SetupIntent`](crate::types::SetupIntent), the object of `setup_intent.created`,
    /// `setup_intent.succeeded` events.
    #[cfg(feature = "setup_intents")]
    SetupIntent(crate::types::SetupIntent) =
        "setup_intent.created"
        | "setup_intent.succeeded",
}
