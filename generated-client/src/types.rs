// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Every type of the API: request bodies, parameters, responses and the objects they hold.

/// The conversions every string enum has: `FromStr`, `Display`, and serde as a plain string,
/// all through the enum's `as_str` and `From<&str>`.
#[allow(unused_macros)]
macro_rules! string_enum_impls {
    ($name:ident) => {
        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <std::borrow::Cow<'de, str> as serde::Deserialize<'de>>::deserialize(deserializer)?;
                Ok(Self::from(value.as_ref()))
            }
        }
    };
}

/// Generated from `#/components/schemas/Address`.
#[cfg(any(feature = "checkout_sessions", feature = "payment_intents"))]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Address {
    /// City, district, suburb, town or village.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Two-letter country code (ISO 3166-1 alpha-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// First address line (street, PO box or company name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
    /// Second address line (apartment, suite, unit or building).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line2: Option<String>,
    /// ZIP or postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// State, county, province or region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

/// Generated from `#/components/schemas/Balance`.
#[cfg(feature = "balance")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Balance {
    /// Always `balance`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Funds that can be paid out, per currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available: Option<Vec<crate::types::BalanceFunds>>,
    /// Funds not available yet, per currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<Vec<crate::types::BalanceFunds>>,
    /// `true` in live mode, `false` in test mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
}

/// Generated from `#/components/schemas/Balance Funds`.
#[cfg(feature = "balance")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct BalanceFunds {
    /// Amount, in the smallest currency unit (may be negative).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Three-letter ISO currency code, lower case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}

/// Generated from `#/components/schemas/Billing Details`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct BillingDetails {
    /// Billing address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::types::Address>,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// Generated from `#/paths/~1v1~1payment_intents~1{id}~1cancel/post/requestBody/content/application~1json/schema`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CancelPaymentIntent {
    /// Why the PaymentIntent is canceled.
    pub cancellation_reason: String,
}

/// Generated from `#/paths/~1v1~1payment_intents~1{id}~1capture/post/requestBody/content/application~1json/schema`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CapturePaymentIntent {
    /// Amount to capture, at most the capturable amount (default: all of it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_to_capture: Option<i64>,
}

/// Generated from `#/components/schemas/Card Options`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CardOptions {
    /// When to ask for 3D Secure: `auto` or `any` in the examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_three_d_secure: Option<String>,
    /// `automatic` or `manual` capture for card payments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<String>,
}

/// The customer of a Checkout Session as the examples show it.
///
/// Generated from `#/components/schemas/Checkout Customer Details`.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CheckoutCustomerDetails {
    /// Identifier of the customer (`cus_...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `customer` in the examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// `true` in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Address of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::types::Address>,
    /// Email address of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Name of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Phone number of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// One line of a Checkout Session.
///
/// Generated from `#/components/schemas/Checkout Line Item`.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CheckoutLineItem {
    /// Identifier of the line item (`li_...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `item` in the examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Three-letter ISO currency code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Description of the item (the product name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The price paid for the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<crate::types::CheckoutPrice>,
    /// Number of units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    /// Amount before discounts and taxes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_subtotal: Option<i64>,
    /// Amount after discounts and taxes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_total: Option<i64>,
}

/// A price as embedded in a Checkout Session line item.
///
/// Generated from `#/components/schemas/Checkout Price`.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CheckoutPrice {
    /// Identifier of the price (`price_...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Always `price`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// `true` in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Whether the price can be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Three-letter ISO currency code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Key-value pairs stored with the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Internal name of the price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// The product the price is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<crate::types::CheckoutProduct>,
    /// `one_time` in the examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Price of one unit, in the smallest currency unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_amount: Option<i64>,
    /// `per_unit` in the examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_scheme: Option<String>,
    /// Key to find the price by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_key: Option<String>,
}

/// A product as embedded in a Checkout Session line item.
///
/// Generated from `#/components/schemas/Checkout Product`.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CheckoutProduct {
    /// Identifier of the product (`prod_...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Always `product`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Last change time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<i64>,
    /// `true` in live mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Whether the product can be sold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Name shown to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description shown to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Key-value pairs stored with the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Public page of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Generated from `#/components/schemas/Checkout Session`.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CheckoutSession {
    /// Identifier of the Checkout Session (`cs_...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Always `checkout.session`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Creation time; the examples give milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// `true` in live mode, `false` in test mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Also sent next to `livemode` in the setup-mode example.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live_mode: Option<bool>,
    /// Total before discounts and taxes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_subtotal: Option<i64>,
    /// Total after discounts and taxes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_total: Option<i64>,
    /// Whether the payment page asks for a billing address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address_collection: Option<
        crate::types::CheckoutSessionBillingAddressCollection,
    >,
    /// Where the customer goes when leaving the payment page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancel_url: Option<String>,
    /// The merchant's own reference for the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_reference_id: Option<String>,
    /// Three-letter ISO currency code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// ID of the customer (an empty string when there is none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// The customer, when one is attached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_details: Option<crate::types::CheckoutCustomerDetails>,
    /// Email address the payment page is filled with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_email: Option<String>,
    /// When the session expires (24 hours after creation by default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// What is being paid for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_items: Option<crate::types::CheckoutSessionLineItems>,
    /// Key-value pairs stored with the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// `payment`, or `setup` to save a payment method without paying.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// ID of the PaymentIntent created for the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_intent: Option<String>,
    /// ID of the payment link the session came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_link: Option<String>,
    /// Options per payment method (card, alipayplus, alipay_hk, alipay, wechat_pay, sepa_debit, akulaku, ...; their fields are not shown on the pages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_options: Option<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
    /// Payment method types offered on the payment page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_types: Option<Vec<String>>,
    /// Payment state (`unpaid` in the examples).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_status: Option<String>,
    /// ID of the SetupIntent, in `setup` mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_intent: Option<String>,
    /// Shipping details collected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping: Option<crate::types::Shipping>,
    /// `open` until paid or expired.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Where the customer goes after paying.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_url: Option<String>,
    /// The hosted payment page to redirect the customer to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Whether the payment page asks for a billing address.
///
/// Generated from `#/components/schemas/Checkout Session/properties/billing_address_collection`.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CheckoutSessionBillingAddressCollection {
    /// `required`
    Required,
    /// `auto`
    Auto,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "checkout_sessions")]
impl CheckoutSessionBillingAddressCollection {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Required => "required",
            Self::Auto => "auto",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "checkout_sessions")]
impl From<&str> for CheckoutSessionBillingAddressCollection {
    fn from(value: &str) -> Self {
        match value {
            "required" => Self::Required,
            "auto" => Self::Auto,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "checkout_sessions")]
string_enum_impls!(CheckoutSessionBillingAddressCollection);

/// What is being paid for.
///
/// Generated from `#/components/schemas/Checkout Session/properties/line_items`.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CheckoutSessionLineItems {
    /// Always `list`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::types::CheckoutLineItem>>,
}

/// Generated from `#/paths/~1v1~1payment_intents~1{id}~1confirm/post/requestBody/content/application~1json/schema`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ConfirmPaymentIntent {
    /// A payment method to create and use for this payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_data: Option<crate::types::PaymentMethodData>,
    /// `true` when the customer is not present to authenticate (a string on the page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub off_session: Option<String>,
    /// `true` to fail instead of moving to `requires_action` (a string on the page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_on_requires_action: Option<String>,
}

/// Generated from `#/paths/~1v1~1payment_intents/post/requestBody/content/application~1json/schema`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreatePaymentIntent {
    /// Confirm the payment in the same call (default `false`); the confirm parameters may then be sent too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirm: Option<bool>,
    /// A payment method to create and attach to this payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_data: Option<crate::types::PaymentMethodData>,
    /// Amount to collect, in the smallest currency unit (100 = $1.00; 100 = ¥100).
    pub amount: i64,
    /// Three-letter ISO currency code.
    pub currency: String,
    /// Free text shown with the payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Number of items paid for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    /// Key-value pairs stored with the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The merchant's own ID of the paying user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_user_id: Option<String>,
    /// The merchant's own order ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_order_id: Option<String>,
    /// Shipping details of the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping: Option<crate::types::PaymentIntentShipping>,
    /// With `confirm: true`: where the customer returns after authenticating with the payment method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
    /// With `confirm: true`: the customer is not present to authenticate (spelled with a hyphen on the page).
    #[serde(rename = "off-session", default, skip_serializing_if = "Option::is_none")]
    pub off_session: Option<bool>,
    /// ID of the customer the payment belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// Payment method types allowed for this payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_types: Option<Vec<String>>,
    /// `manual` to authorize now and capture later; `automatic` otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<String>,
    /// Payment Method Options
    ///
    /// Per-method options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_options: Option<crate::types::PaymentMethodOptions>,
    /// Save the payment method for later payments (`on_session` in the guide).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup_future_usage: Option<String>,
}

/// Generated from `#/paths/~1v1~1refunds/post/requestBody/content/application~1json/schema`.
#[cfg(feature = "refunds")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateRefund {
    /// How much to refund, in the smallest currency unit, written as a string (default: all that is left).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
    /// Key-value pairs stored with the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// ID of the PaymentIntent to refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_intent: Option<String>,
    /// Why the payment is refunded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<crate::types::CreateRefundReason>,
}

/// Why the payment is refunded.
///
/// Generated from `#/paths/~1v1~1refunds/post/requestBody/content/application~1json/schema/properties/reason`.
#[cfg(feature = "refunds")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateRefundReason {
    /// `duplicate`
    Duplicate,
    /// `fraudulent`
    Fraudulent,
    /// `requested_by_customer`
    RequestedByCustomer,
    /// `resolved_dispute`
    ResolvedDispute,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "refunds")]
impl CreateRefundReason {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Duplicate => "duplicate",
            Self::Fraudulent => "fraudulent",
            Self::RequestedByCustomer => "requested_by_customer",
            Self::ResolvedDispute => "resolved_dispute",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "refunds")]
impl From<&str> for CreateRefundReason {
    fn from(value: &str) -> Self {
        match value {
            "duplicate" => Self::Duplicate,
            "fraudulent" => Self::Fraudulent,
            "requested_by_customer" => Self::RequestedByCustomer,
            "resolved_dispute" => Self::ResolvedDispute,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "refunds")]
string_enum_impls!(CreateRefundReason);

/// Generated from `#/paths/~1v1~1checkout~1sessions/post/requestBody/content/application~1json/schema`.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateSession {
    /// Where the customer goes when leaving the payment page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancel_url: Option<String>,
    /// Where the customer goes after paying; not a proof of payment (check the PaymentIntent or the webhook).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_url: Option<String>,
    /// `payment`, or `setup` to save a payment method without paying.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// Payment method types to offer (`card`, `alipay`, `unionpay`, ...); the account's enabled ones when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_types: Option<Vec<String>>,
    /// What is being paid for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_items: Option<Vec<crate::types::CreateSessionLineItemsItem>>,
    /// ID of an existing customer; in `setup` mode the payment method is saved to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// Email address to fill the payment page with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_email: Option<String>,
    /// The merchant's own reference, returned on the session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_reference_id: Option<String>,
    /// When the session expires (24 hours after creation by default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// Key-value pairs stored with the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

/// Generated from `#/paths/~1v1~1checkout~1sessions/post/requestBody/content/application~1json/schema/properties/line_items/items`.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateSessionLineItemsItem {
    /// A price created for this line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_data: Option<crate::types::CreateSessionLineItemsItemPriceData>,
    /// Number of units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
}

/// A price created for this line.
///
/// Generated from `#/paths/~1v1~1checkout~1sessions/post/requestBody/content/application~1json/schema/properties/line_items/items/properties/price_data`.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateSessionLineItemsItemPriceData {
    /// Three-letter ISO currency code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Price of one unit, in the smallest currency unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_amount: Option<i64>,
    /// ID of an existing product (null in an example).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<String>,
    /// A product created for this line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_data: Option<
        crate::types::CreateSessionLineItemsItemPriceDataProductData,
    >,
    /// Whether the price can be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Key-value pairs stored with the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Internal name of the price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// How the price is computed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_scheme: Option<String>,
    /// Key to find the price by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup_key: Option<String>,
}

/// A product created for this line.
///
/// Generated from `#/paths/~1v1~1checkout~1sessions/post/requestBody/content/application~1json/schema/properties/line_items/items/properties/price_data/properties/product_data`.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateSessionLineItemsItemPriceDataProductData {
    /// Name of the product.
    pub name: String,
    /// Whether the product can be sold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Description of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Key-value pairs stored with the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Public page of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Generated from `#/paths/~1v1~1webhook_endpoints/post/requestBody/content/application~1json/schema`.
#[cfg(feature = "webhooks")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateWebhook {
    /// Where the events are sent (HTTPS once public).
    pub url: String,
    /// Event types to send (`payment_intent.succeeded`, `charge.refund.updated`, ...).
    pub enabled_events: Vec<String>,
    /// What the endpoint is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// API version to render the events with (`1.0.1` in the guide).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// Key-value pairs stored with the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

/// Generated from `#/components/schemas/Dispute`.
#[cfg(feature = "disputes")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Dispute {
    /// Unique identifier for the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// "dispute"
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Disputed amount. Usually the amount of the charge, but can differ (usually because of currency fluctuation or because only part of the order is disputed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// **Not implemented by the API yet** (the reference marks this field 未实现); expect it to be absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_transactions: Option<Vec<String>>,
    /// ID of the charge that was disputed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge: Option<String>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Three-letter ISO currency code, in lowercase. Must be a supported currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Evidence provided to respond to a dispute. Updating any field in the hash will submit all fields in the hash for review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<crate::types::DisputeEvidence>,
    /// Evidence details (`evidence_details`): [`DisputeEvidenceDetails`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_details: Option<crate::types::DisputeEvidenceDetails>,
    /// **Not implemented by the API yet** (the reference marks this field 未实现); expect it to be absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_charge_refundable: Option<bool>,
    /// Has the value true if the object exists in live mode or the value false if the object exists in test mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// ID of the PaymentIntent that was disputed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_intent: Option<String>,
    /// **Not implemented by the API yet** (the reference marks this field 未实现); expect it to be absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Current status of dispute. Possible values are warning_needs_response, warning_under_review, warning_closed, needs_response, under_review, charge_refunded, won, or lost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::types::DisputeStatus>,
    /// Visa and MasterCard organized their reason codes into four categories. While American Express and Discover each use additional categories to help categorize their reason codes, customer dispute categorization is moving towards the four category standard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_type: Option<String>,
    /// The detailed description of the dispute reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_description: Option<String>,
    /// Reason codes are alphanumeric strings of text provided in a chargeback notification as a means of explaining the cause for the dispute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_code: Option<String>,
}

/// Generated from `#/components/schemas/Dispute Evidence`.
#[cfg(feature = "disputes")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DisputeEvidence {
    /// Any server or activity logs showing proof that the customer accessed or downloaded the purchased digital product. This information should include IP addresses, corresponding timestamps, and any detailed recorded activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_activity_log: Option<String>,
    /// The billing address provided by the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<String>,
    /// (ID of a file upload) Your subscription cancellation policy, as shown to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancellation_policy: Option<String>,
    /// An explanation of how and when the customer was shown your refund policy prior to purchase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancellation_policy_disclosure: Option<String>,
    /// A justification for why the customer’s subscription was not canceled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancellation_rebuttal: Option<String>,
    /// (ID of a file upload) Any communication with the customer that you feel is relevant to your case. Examples include emails proving that the customer received the product or service, or demonstrating their use of or satisfaction with the product or service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_communication: Option<String>,
    /// The email address of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_email_address: Option<String>,
    /// Customer name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_name: Option<String>,
    /// The IP address that the customer used when making the purchase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_purchase_ip: Option<String>,
    /// (ID of a file upload) A relevant document or contract showing the customer’s signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_signature: Option<String>,
    /// (ID of a file upload) Documentation for the prior charge that can uniquely identify the charge, such as a receipt, shipping label, work order, etc. This document should be paired with a similar document from the disputed payment that proves the two payments are separate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_charge_documentation: Option<String>,
    /// An explanation of the difference between the disputed charge versus the prior charge that appears to be a duplicate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_charge_explanation: Option<String>,
    /// The ID for the prior charge which appears to be a duplicate of the disputed charge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_charge_id: Option<String>,
    /// A description of the product or service that was sold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_description: Option<String>,
    /// (ID of a file upload) Any receipt or message sent to the customer notifying them of the charge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt: Option<String>,
    /// (ID of a file upload) Your refund policy, as shown to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_policy: Option<String>,
    /// Documentation demonstrating that the customer was shown your refund policy prior to purchase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_policy_disclosure: Option<String>,
    /// A justification for why the customer is not entitled to a refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_refusal_explanation: Option<String>,
    /// The date on which the customer received or began receiving the purchased service, in a clear human-readable format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_date: Option<String>,
    /// (ID of a file upload) Documentation showing proof that a service was provided to the customer. This could include a copy of a signed contract, work order, or other form of written agreement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_documentation: Option<String>,
    /// The address to which a physical product was shipped. You should try to include as complete address information as possible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_address: Option<String>,
    /// The delivery service that shipped a physical product, such as Fedex, UPS, USPS, etc. If multiple carriers were used for this purchase, please separate them with commas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_carrier: Option<String>,
    /// The date on which a physical product began its route to the shipping address, in a clear human-readable format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_date: Option<String>,
    /// (ID of a file upload) Documentation showing proof that a product was shipped to the customer at the same address the customer provided to you. This could include a copy of the shipment receipt, shipping label, etc. It should show the customer’s full shipping address, if possible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_documentation: Option<String>,
    /// The tracking number for a physical product, obtained from the delivery service. If multiple tracking numbers were generated for this purchase, please separate them with commas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_tracking_number: Option<String>,
    /// (ID of a file upload) Any additional evidence or statements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncategorized_file: Option<String>,
    /// Any additional evidence or statements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncategorized_text: Option<String>,
}

/// Generated from `#/components/schemas/Dispute/properties/evidence_details`.
#[cfg(feature = "disputes")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DisputeEvidenceDetails {
    /// Date by which evidence must be submitted in order to successfully challenge dispute. Will be null if the customer’s bank or credit card company doesn’t allow a response for this particular dispute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_by: Option<i64>,
    /// Whether evidence has been staged for this dispute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_evidence: Option<bool>,
    /// Whether the last evidence submission was submitted past the due date. Defaults to false if no evidence submissions have occurred. If true, then delivery of the latest evidence is not guaranteed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub past_due: Option<bool>,
    /// The number of times evidence has been submitted. Typically, you may only submit evidence once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission_count: Option<i64>,
}

/// Current status of dispute. Possible values are warning_needs_response, warning_under_review, warning_closed, needs_response, under_review, charge_refunded, won, or lost.
///
/// Generated from `#/components/schemas/Dispute/properties/status`.
#[cfg(feature = "disputes")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DisputeStatus {
    /// `warning_needs_response`
    WarningNeedsResponse,
    /// `warning_under_review`
    WarningUnderReview,
    /// `warning_closed`
    WarningClosed,
    /// `needs_response`
    NeedsResponse,
    /// `under_review`
    UnderReview,
    /// `charge_refunded`
    ChargeRefunded,
    /// `won`
    Won,
    /// `lost`
    Lost,
    /// `early_dispute_warning`
    EarlyDisputeWarning,
    /// `early_dispute_resolved`
    EarlyDisputeResolved,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "disputes")]
impl DisputeStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WarningNeedsResponse => "warning_needs_response",
            Self::WarningUnderReview => "warning_under_review",
            Self::WarningClosed => "warning_closed",
            Self::NeedsResponse => "needs_response",
            Self::UnderReview => "under_review",
            Self::ChargeRefunded => "charge_refunded",
            Self::Won => "won",
            Self::Lost => "lost",
            Self::EarlyDisputeWarning => "early_dispute_warning",
            Self::EarlyDisputeResolved => "early_dispute_resolved",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "disputes")]
impl From<&str> for DisputeStatus {
    fn from(value: &str) -> Self {
        match value {
            "warning_needs_response" => Self::WarningNeedsResponse,
            "warning_under_review" => Self::WarningUnderReview,
            "warning_closed" => Self::WarningClosed,
            "needs_response" => Self::NeedsResponse,
            "under_review" => Self::UnderReview,
            "charge_refunded" => Self::ChargeRefunded,
            "won" => Self::Won,
            "lost" => Self::Lost,
            "early_dispute_warning" => Self::EarlyDisputeWarning,
            "early_dispute_resolved" => Self::EarlyDisputeResolved,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "disputes")]
string_enum_impls!(DisputeStatus);

/// One page of a list.
///
/// Generated from `#/components/schemas/List`.
#[cfg(feature = "unreferenced_schemas")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct List {
    /// Always `list`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The path of this list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Whether more items follow this page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_more: Option<bool>,
    /// The items of this page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<std::collections::BTreeMap<String, serde_json::Value>>>,
}

/// Generated from `#/paths/~1v1~1checkout~1sessions~1list/get/requestBody/content/application~1json/schema`.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListCheckoutSessions {
    /// Filter on the creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::types::ListRequestCreated>,
    /// Cursor: the ID of the object the page ends before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ending_before: Option<String>,
    /// Page size, 1 to 100 (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Cursor: the ID of the object the page starts after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<String>,
    /// Only the sessions of this customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// Only the sessions of the customer with this email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_details: Option<crate::types::ListCheckoutSessionsCustomerDetails>,
    /// Only the session of this PaymentIntent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_intent: Option<String>,
}

/// Only the sessions of the customer with this email address.
///
/// Generated from `#/paths/~1v1~1checkout~1sessions~1list/get/requestBody/content/application~1json/schema/properties/customer_details`.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListCheckoutSessionsCustomerDetails {
    /// Email address of the customer.
    pub email: String,
}

/// Generated from `#/paths/~1v1~1checkout~1sessions~1list/get/responses/200/content/application~1json/schema`.
#[cfg(feature = "checkout_sessions")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListCheckoutSessionsResponse {
    /// Always `list`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The path of this list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Whether more items follow this page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_more: Option<bool>,
    /// The Checkout Sessions of this page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::types::CheckoutSession>>,
}

/// Generated from `#/paths/~1v1~1disputes~1list/get/requestBody/content/application~1json/schema`.
#[cfg(feature = "disputes")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListDisputes {
    /// Only return disputes associated to the charge specified by this charge ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge: Option<String>,
    /// Only return disputes associated to the PaymentIntent specified by this PaymentIntent ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_intent: Option<String>,
    /// Only return disputes that were created during the given date interval (Unix timestamps in seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::types::ListDisputesCreated>,
    /// A cursor for use in pagination. ending_before is an object ID that defines your place in the list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ending_before: Option<String>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. starting_after is an object ID that defines your place in the list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<String>,
}

/// Only return disputes that were created during the given date interval (Unix timestamps in seconds).
///
/// Generated from `#/paths/~1v1~1disputes~1list/get/requestBody/content/application~1json/schema/properties/created`.
#[cfg(feature = "disputes")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListDisputesCreated {
    /// Minimum value to filter by (exclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gt: Option<i64>,
    /// Minimum value to filter by (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gte: Option<i64>,
    /// Maximum value to filter by (exclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lt: Option<i64>,
    /// Maximum value to filter by (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lte: Option<i64>,
}

/// Generated from `#/paths/~1v1~1disputes~1list/get/responses/200/content/application~1json/schema`.
#[cfg(feature = "disputes")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListDisputesResponse {
    /// String representing the object's type. Always "list".
    pub object: String,
    /// The URL where this list can be accessed.
    pub url: String,
    /// Whether there are more disputes after this page.
    pub has_more: bool,
    /// The disputes of this page.
    pub data: Vec<crate::types::Dispute>,
}

/// Filters and cursors of a list request, sent as a JSON body.
///
/// Generated from `#/components/schemas/List Request`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListRequest {
    /// Filter on the creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::types::ListRequestCreated>,
    /// Cursor: the ID of the object the page ends before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ending_before: Option<String>,
    /// Page size, 1 to 100 (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Cursor: the ID of the object the page starts after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<String>,
}

/// Filter on the creation time.
///
/// Also used at `#/components/schemas/List Request/properties/created`, `#/paths/~1v1~1checkout~1sessions~1list/get/requestBody/content/application~1json/schema/properties/created`.
///
/// Generated from `#/components/schemas/List Request/properties/created`.
#[cfg(any(feature = "checkout_sessions", feature = "payment_intents"))]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListRequestCreated {
    /// Created after this time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gt: Option<String>,
    /// Created at or after this time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gte: Option<String>,
    /// Created before this time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lt: Option<String>,
    /// Created at or before this time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lte: Option<String>,
}

/// Query and header parameters of [`list`](crate::resources).
///
/// Generated from `#/paths/~1v1~1webhook_endpoints/get/parameters`.
#[cfg(feature = "webhooks")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListWebhooks {
    /// Cursor: the ID of the endpoint the page ends before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ending_before: Option<String>,
    /// Page size, 1 to 100 (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Cursor: the ID of the endpoint the page starts after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<String>,
}

/// Generated from `#/paths/~1v1~1webhook_endpoints/get/responses/200/content/application~1json/schema`.
#[cfg(feature = "webhooks")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListWebhooksResponse {
    /// Always `list`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The path of this list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Whether more items follow this page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_more: Option<bool>,
    /// The webhook endpoints of this page.
    pub data: Vec<crate::types::WebhookEndpoint>,
}

/// Next Action
///
/// Generated from `#/components/schemas/Payment Intent/properties/next_action/anyOf/0`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct NextAction {
    /// Kind of action, `challenge_redirect` in the examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// A page the customer is sent to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenge_redirect: Option<crate::types::NextActionChallengeRedirect>,
}

/// A page the customer is sent to.
///
/// Generated from `#/components/schemas/Payment Intent/properties/next_action/anyOf/0/properties/challenge_redirect`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct NextActionChallengeRedirect {
    /// Page to send the customer to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Where the customer comes back to afterwards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
}

/// Generated from `#/components/schemas/Payment Intent`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentIntent {
    /// Identifier of the PaymentIntent (`pi_...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Always `payment_intent`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Creation time; the examples give milliseconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Three-letter ISO currency code (upper case in the examples).
    pub currency: String,
    /// Amount to collect, in the smallest unit of the currency.
    pub amount: i64,
    /// Where the payment stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::types::PaymentIntentStatus>,
    /// Free text shown with the payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Key-value pairs stored with the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// `true` in live mode, `false` in test mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Shipping details of the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping: Option<crate::types::Shipping>,
    /// ID of the customer the payment belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// Number of items paid for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    /// ID of the invoice that created this PaymentIntent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice: Option<String>,
    /// The merchant's own ID of the paying user (WooshPay-specific).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_user_id: Option<String>,
    /// The merchant's own order ID (WooshPay-specific); searchable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_order_id: Option<String>,
    /// Secret handed to the front end to complete the payment there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// The error of the last failed attempt (its fields are not shown on the pages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_payment_error: Option<
        std::collections::BTreeMap<String, serde_json::Value>,
    >,
    /// What the customer must do next (a redirect for 3D Secure). The examples show an object, an empty string, or the object encoded as a JSON string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_action: Option<crate::types::PaymentIntentNextAction>,
    /// Payment method types allowed for this payment: a list, or (in the retrieve example) the list encoded as a JSON string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_types: Option<crate::types::PaymentIntentPaymentMethodTypes>,
    /// Email address the receipt is sent to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt_email: Option<String>,
    /// When the PaymentIntent is canceled if unpaid (an empty string in the examples).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancel_at: Option<String>,
    /// Why the PaymentIntent was canceled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancellation_reason: Option<String>,
    /// How the PaymentIntent is confirmed (`automatic`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmation_method: Option<String>,
    /// Per-method options: an object, or (in the retrieve example) that object encoded as a JSON string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_options: Option<crate::types::PaymentIntentPaymentMethodOptions>,
    /// Outcome of 3D Secure authentication (values not shown on the pages).
    #[serde(rename = "3ds_status", default, skip_serializing_if = "Option::is_none")]
    pub _3ds_status: Option<String>,
    /// Amount that can still be captured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_capturable: Option<i64>,
    /// Where the customer returns after authenticating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
    /// ID of the payment method used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<String>,
    /// Amount received so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_received: Option<i64>,
    /// `automatic`, or `manual` to authorize now and capture later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<String>,
    /// Text on the customer's statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement_descriptor: Option<String>,
    /// Suffix appended to the account's statement text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement_descriptor_suffix: Option<String>,
}

/// What the customer must do next (a redirect for 3D Secure). The examples show an object, an empty string, or the object encoded as a JSON string.
///
/// Generated from `#/components/schemas/Payment Intent/properties/next_action`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum PaymentIntentNextAction {
    /// The value as [`NextAction`].
    #[serde(deserialize_with = "crate::strict::deserialize")]
    NextAction(crate::types::NextAction),
    /// The value as a string.
    String(String),
}

/// Per-method options: an object, or (in the retrieve example) that object encoded as a JSON string.
///
/// Generated from `#/components/schemas/Payment Intent/properties/payment_method_options`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum PaymentIntentPaymentMethodOptions {
    /// The value as [`PaymentMethodOptions`].
    #[serde(deserialize_with = "crate::strict::deserialize")]
    PaymentMethodOptions(crate::types::PaymentMethodOptions),
    /// The value as a string.
    String(String),
}

/// Payment method types allowed for this payment: a list, or (in the retrieve example) the list encoded as a JSON string.
///
/// Generated from `#/components/schemas/Payment Intent/properties/payment_method_types`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum PaymentIntentPaymentMethodTypes {
    /// The value as a list of a string.
    #[serde(deserialize_with = "crate::strict::deserialize")]
    Array(Vec<String>),
    /// The value as a string.
    String(String),
}

/// Shipping details of the order.
///
/// Also used at `#/paths/~1v1~1payment_intents/post/requestBody/content/application~1json/schema/properties/shipping`, `#/paths/~1v1~1payment_intents~1{id}/post/requestBody/content/application~1json/schema/properties/shipping`.
///
/// Generated from `#/paths/~1v1~1payment_intents/post/requestBody/content/application~1json/schema/properties/shipping`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentIntentShipping {
    /// Where the goods are shipped to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::types::Address>,
    /// Name of the recipient.
    pub name: String,
    /// Phone number of the recipient.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// Where the payment stands.
///
/// Generated from `#/components/schemas/Payment Intent/properties/status`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PaymentIntentStatus {
    /// `requires_payment_method`
    RequiresPaymentMethod,
    /// `requires_confirmation`
    RequiresConfirmation,
    /// `requires_action`
    RequiresAction,
    /// `processing`
    Processing,
    /// `requires_capture`
    RequiresCapture,
    /// `canceled`
    Canceled,
    /// `succeeded`
    Succeeded,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "payment_intents")]
impl PaymentIntentStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RequiresPaymentMethod => "requires_payment_method",
            Self::RequiresConfirmation => "requires_confirmation",
            Self::RequiresAction => "requires_action",
            Self::Processing => "processing",
            Self::RequiresCapture => "requires_capture",
            Self::Canceled => "canceled",
            Self::Succeeded => "succeeded",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "payment_intents")]
impl From<&str> for PaymentIntentStatus {
    fn from(value: &str) -> Self {
        match value {
            "requires_payment_method" => Self::RequiresPaymentMethod,
            "requires_confirmation" => Self::RequiresConfirmation,
            "requires_action" => Self::RequiresAction,
            "processing" => Self::Processing,
            "requires_capture" => Self::RequiresCapture,
            "canceled" => Self::Canceled,
            "succeeded" => Self::Succeeded,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "payment_intents")]
string_enum_impls!(PaymentIntentStatus);

/// Also used at `#/paths/~1v1~1payment_intents/get/responses/200/content/application~1json/schema`, `#/paths/~1v1~1payment_intents~1search/get/responses/200/content/application~1json/schema`.
///
/// Generated from `#/paths/~1v1~1payment_intents/get/responses/200/content/application~1json/schema`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentIntentsResponse {
    /// Always `list`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The path of this list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Whether more items follow this page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_more: Option<bool>,
    /// The PaymentIntents of this page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::types::PaymentIntent>>,
}

/// A payment method created together with the payment.
///
/// Generated from `#/components/schemas/Payment Method Data`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodData {
    /// Kind of payment method to create.
    pub r#type: crate::types::PaymentMethodDataType,
    /// Billing details of the payer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_details: Option<crate::types::BillingDetails>,
    /// Card details, for `type: card`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<crate::types::PaymentMethodDataCard>,
    /// Details for `type: sepa_debit` (fields not shown on the page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sepa_debit: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Details for `type: wechat_pay` (fields not shown on the page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wechat_pay: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Details for `type: alipayplus` (fields not shown on the page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alipayplus: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

/// Card details, for `type: card`.
///
/// Generated from `#/components/schemas/Payment Method Data/properties/card`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodDataCard {
    /// Card number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Expiry month, two digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exp_month: Option<String>,
    /// Expiry year, four digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exp_year: Option<String>,
    /// Card security code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cvc: Option<String>,
    /// Cardholder name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Kind of payment method to create.
///
/// Generated from `#/components/schemas/Payment Method Data/properties/type`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PaymentMethodDataType {
    /// `card`
    Card,
    /// `alipayplus`
    Alipayplus,
    /// `alipay`
    Alipay,
    /// `wechat_pay`
    WechatPay,
    /// `sepa_debit`
    SepaDebit,
    /// `alipay_hk`
    AlipayHk,
    /// `boost`
    Boost,
    /// `truemoney`
    Truemoney,
    /// `gcash`
    Gcash,
    /// `kakaopay`
    Kakaopay,
    /// `touchngo`
    Touchngo,
    /// `rabbit_line_pay`
    RabbitLinePay,
    /// `dana`
    Dana,
    /// `klarna`
    Klarna,
    /// `ideal`
    Ideal,
    /// `giropay`
    Giropay,
    /// `sofort`
    Sofort,
    /// `eps`
    Eps,
    /// `trustly`
    Trustly,
    /// `bancontact`
    Bancontact,
    /// `p24`
    P24,
    /// `unionpay`
    Unionpay,
    /// `fpx`
    Fpx,
    /// `mcash`
    Mcash,
    /// `grabpay`
    Grabpay,
    /// `bank_transfer_id`
    BankTransferId,
    /// `qris`
    Qris,
    /// `promptpay`
    Promptpay,
    /// `ovo`
    Ovo,
    /// `shopeepay`
    Shopeepay,
    /// `upi`
    Upi,
    /// `boleto`
    Boleto,
    /// `paynow`
    Paynow,
    /// `pix`
    Pix,
    /// `9pay`
    V9pay,
    /// `stitch`
    Stitch,
    /// `bpi`
    Bpi,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "payment_intents")]
impl PaymentMethodDataType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Card => "card",
            Self::Alipayplus => "alipayplus",
            Self::Alipay => "alipay",
            Self::WechatPay => "wechat_pay",
            Self::SepaDebit => "sepa_debit",
            Self::AlipayHk => "alipay_hk",
            Self::Boost => "boost",
            Self::Truemoney => "truemoney",
            Self::Gcash => "gcash",
            Self::Kakaopay => "kakaopay",
            Self::Touchngo => "touchngo",
            Self::RabbitLinePay => "rabbit_line_pay",
            Self::Dana => "dana",
            Self::Klarna => "klarna",
            Self::Ideal => "ideal",
            Self::Giropay => "giropay",
            Self::Sofort => "sofort",
            Self::Eps => "eps",
            Self::Trustly => "trustly",
            Self::Bancontact => "bancontact",
            Self::P24 => "p24",
            Self::Unionpay => "unionpay",
            Self::Fpx => "fpx",
            Self::Mcash => "mcash",
            Self::Grabpay => "grabpay",
            Self::BankTransferId => "bank_transfer_id",
            Self::Qris => "qris",
            Self::Promptpay => "promptpay",
            Self::Ovo => "ovo",
            Self::Shopeepay => "shopeepay",
            Self::Upi => "upi",
            Self::Boleto => "boleto",
            Self::Paynow => "paynow",
            Self::Pix => "pix",
            Self::V9pay => "9pay",
            Self::Stitch => "stitch",
            Self::Bpi => "bpi",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "payment_intents")]
impl From<&str> for PaymentMethodDataType {
    fn from(value: &str) -> Self {
        match value {
            "card" => Self::Card,
            "alipayplus" => Self::Alipayplus,
            "alipay" => Self::Alipay,
            "wechat_pay" => Self::WechatPay,
            "sepa_debit" => Self::SepaDebit,
            "alipay_hk" => Self::AlipayHk,
            "boost" => Self::Boost,
            "truemoney" => Self::Truemoney,
            "gcash" => Self::Gcash,
            "kakaopay" => Self::Kakaopay,
            "touchngo" => Self::Touchngo,
            "rabbit_line_pay" => Self::RabbitLinePay,
            "dana" => Self::Dana,
            "klarna" => Self::Klarna,
            "ideal" => Self::Ideal,
            "giropay" => Self::Giropay,
            "sofort" => Self::Sofort,
            "eps" => Self::Eps,
            "trustly" => Self::Trustly,
            "bancontact" => Self::Bancontact,
            "p24" => Self::P24,
            "unionpay" => Self::Unionpay,
            "fpx" => Self::Fpx,
            "mcash" => Self::Mcash,
            "grabpay" => Self::Grabpay,
            "bank_transfer_id" => Self::BankTransferId,
            "qris" => Self::Qris,
            "promptpay" => Self::Promptpay,
            "ovo" => Self::Ovo,
            "shopeepay" => Self::Shopeepay,
            "upi" => Self::Upi,
            "boleto" => Self::Boleto,
            "paynow" => Self::Paynow,
            "pix" => Self::Pix,
            "9pay" => Self::V9pay,
            "stitch" => Self::Stitch,
            "bpi" => Self::Bpi,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "payment_intents")]
string_enum_impls!(PaymentMethodDataType);

/// Payment Method Options
///
/// Also used at `#/components/schemas/Payment Intent/properties/payment_method_options/anyOf/0`, `#/paths/~1v1~1payment_intents/post/requestBody/content/application~1json/schema/properties/payment_method_options`, `#/paths/~1v1~1payment_intents~1{id}/post/requestBody/content/application~1json/schema/properties/payment_method_options`.
///
/// Generated from `#/components/schemas/Payment Intent/properties/payment_method_options/anyOf/0`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PaymentMethodOptions {
    /// Options for card payments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<crate::types::CardOptions>,
}

/// Generated from `#/components/schemas/Refund`.
#[cfg(feature = "refunds")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Refund {
    /// Identifier of the refund (`re_...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Always `refund`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Amount refunded, in the smallest currency unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// ID of the balance transaction of the refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_transaction: Option<String>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Three-letter ISO currency code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Key-value pairs stored with the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// ID of the refunded PaymentIntent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_intent: Option<String>,
    /// Why the refund was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<crate::types::RefundReason>,
    /// Number of the refund receipt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt_number: Option<String>,
    /// State of the refund (`succeeded` in the example).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Free text about the refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Why the refund failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_reason: Option<crate::types::RefundFailureReason>,
}

/// Why the refund failed.
///
/// Generated from `#/components/schemas/Refund/properties/failure_reason`.
#[cfg(feature = "refunds")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RefundFailureReason {
    /// `lost_or_stolen_card`
    LostOrStolenCard,
    /// `expired_or_canceled_card`
    ExpiredOrCanceledCard,
    /// `unknown`
    Unknown,
    /// A value this version of the spec does not list, kept as the server sent it.
    UnknownValue(String),
}

#[cfg(feature = "refunds")]
impl RefundFailureReason {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LostOrStolenCard => "lost_or_stolen_card",
            Self::ExpiredOrCanceledCard => "expired_or_canceled_card",
            Self::Unknown => "unknown",
            Self::UnknownValue(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "refunds")]
impl From<&str> for RefundFailureReason {
    fn from(value: &str) -> Self {
        match value {
            "lost_or_stolen_card" => Self::LostOrStolenCard,
            "expired_or_canceled_card" => Self::ExpiredOrCanceledCard,
            "unknown" => Self::Unknown,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

#[cfg(feature = "refunds")]
string_enum_impls!(RefundFailureReason);

/// Why the refund was made.
///
/// Generated from `#/components/schemas/Refund/properties/reason`.
#[cfg(feature = "refunds")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RefundReason {
    /// `duplicate`
    Duplicate,
    /// `fraudulent`
    Fraudulent,
    /// `requested_by_customer`
    RequestedByCustomer,
    /// `expired_uncaptured_charge`
    ExpiredUncapturedCharge,
    /// `resolved_dispute`
    ResolvedDispute,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

#[cfg(feature = "refunds")]
impl RefundReason {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Duplicate => "duplicate",
            Self::Fraudulent => "fraudulent",
            Self::RequestedByCustomer => "requested_by_customer",
            Self::ExpiredUncapturedCharge => "expired_uncaptured_charge",
            Self::ResolvedDispute => "resolved_dispute",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

#[cfg(feature = "refunds")]
impl From<&str> for RefundReason {
    fn from(value: &str) -> Self {
        match value {
            "duplicate" => Self::Duplicate,
            "fraudulent" => Self::Fraudulent,
            "requested_by_customer" => Self::RequestedByCustomer,
            "expired_uncaptured_charge" => Self::ExpiredUncapturedCharge,
            "resolved_dispute" => Self::ResolvedDispute,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(feature = "refunds")]
string_enum_impls!(RefundReason);

/// Query and header parameters of [`search`](crate::resources).
///
/// Generated from `#/paths/~1v1~1payment_intents~1search/get/parameters`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SearchPaymentIntents {
    /// The search query (`merchant_order_id:'order1234'`).
    pub query: String,
    /// How many PaymentIntents to return, 1 to 100 (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}

/// Generated from `#/components/schemas/Shipping`.
#[cfg(any(feature = "checkout_sessions", feature = "payment_intents"))]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Shipping {
    /// Where the goods are shipped to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::types::Address>,
    /// The delivery service that ships the goods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    /// Name of the recipient.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Phone number of the recipient.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Tracking number of the shipment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
}

/// Generated from `#/paths/~1v1~1disputes~1{id}/post/requestBody/content/application~1json/schema`.
#[cfg(feature = "disputes")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateDispute {
    /// Evidence provided to respond to a dispute. Updating any field in the hash will submit all fields in the hash for review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<crate::types::DisputeEvidence>,
    /// Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Whether to immediately submit evidence to the bank. If false, evidence is staged on the dispute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submit: Option<bool>,
}

/// Generated from `#/paths/~1v1~1payment_intents~1{id}/post/requestBody/content/application~1json/schema`.
#[cfg(feature = "payment_intents")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdatePaymentIntent {
    /// Confirm the payment in the same call (default `false`); the confirm parameters may then be sent too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirm: Option<bool>,
    /// A payment method to create and attach to this payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_data: Option<crate::types::PaymentMethodData>,
    /// Amount to collect, in the smallest currency unit (100 = $1.00; 100 = ¥100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Three-letter ISO currency code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Free text shown with the payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Number of items paid for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    /// Key-value pairs stored with the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The merchant's own ID of the paying user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_user_id: Option<String>,
    /// The merchant's own order ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_order_id: Option<String>,
    /// Shipping details of the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping: Option<crate::types::PaymentIntentShipping>,
    /// With `confirm: true`: where the customer returns after authenticating with the payment method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_url: Option<String>,
    /// ID of the customer the payment belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// Payment method types allowed for this payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_types: Option<Vec<String>>,
    /// `manual` to authorize now and capture later; `automatic` otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_method: Option<String>,
    /// Payment Method Options
    ///
    /// Per-method options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_options: Option<crate::types::PaymentMethodOptions>,
}

/// Generated from `#/components/schemas/Webhook Endpoint`.
#[cfg(feature = "webhooks")]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebhookEndpoint {
    /// Identifier of the endpoint (`we_...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Always `webhook_endpoint`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// API version the events are rendered with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// Creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// What the endpoint is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Event types sent to the endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_events: Option<Vec<String>>,
    /// `true` in live mode, `false` in test mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Key-value pairs stored with the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// `enabled` or `disabled`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Signing secret of the deliveries; only returned when the endpoint is created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// Where events are sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
