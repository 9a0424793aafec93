// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! One handle type per resource, reached from [`Client`](crate::Client).
#[cfg(feature = "balance")]
pub mod balance;
#[cfg(feature = "balance")]
pub use balance::*;

#[cfg(feature = "beneficiaries")]
pub mod beneficiaries;
#[cfg(feature = "beneficiaries")]
pub use beneficiaries::*;

#[cfg(feature = "charges")]
pub mod charges;
#[cfg(feature = "charges")]
pub use charges::*;

#[cfg(feature = "checkout_sessions")]
pub mod checkout_sessions;
#[cfg(feature = "checkout_sessions")]
pub use checkout_sessions::*;

#[cfg(feature = "coupons")]
pub mod coupons;
#[cfg(feature = "coupons")]
pub use coupons::*;

#[cfg(feature = "customers")]
pub mod customers;
#[cfg(feature = "customers")]
pub use customers::*;

#[cfg(feature = "disputes")]
pub mod disputes;
#[cfg(feature = "disputes")]
pub use disputes::*;

#[cfg(feature = "events")]
pub mod events;
#[cfg(feature = "events")]
pub use events::*;

#[cfg(feature = "files")]
pub mod files;
#[cfg(feature = "files")]
pub use files::*;

#[cfg(feature = "invoices")]
pub mod invoices;
#[cfg(feature = "invoices")]
pub use invoices::*;

#[cfg(feature = "issuing_authorizations")]
pub mod issuing_authorizations;
#[cfg(feature = "issuing_authorizations")]
pub use issuing_authorizations::*;

#[cfg(feature = "payment_intents")]
pub mod payment_intents;
#[cfg(feature = "payment_intents")]
pub use payment_intents::*;

#[cfg(feature = "payment_links")]
pub mod payment_links;
#[cfg(feature = "payment_links")]
pub use payment_links::*;

#[cfg(feature = "payment_methods")]
pub mod payment_methods;
#[cfg(feature = "payment_methods")]
pub use payment_methods::*;

#[cfg(feature = "payouts")]
pub mod payouts;
#[cfg(feature = "payouts")]
pub use payouts::*;

#[cfg(feature = "prices")]
pub mod prices;
#[cfg(feature = "prices")]
pub use prices::*;

#[cfg(feature = "products")]
pub mod products;
#[cfg(feature = "products")]
pub use products::*;

#[cfg(feature = "promotion_codes")]
pub mod promotion_codes;
#[cfg(feature = "promotion_codes")]
pub use promotion_codes::*;

#[cfg(feature = "refunds")]
pub mod refunds;
#[cfg(feature = "refunds")]
pub use refunds::*;

#[cfg(feature = "setup_intents")]
pub mod setup_intents;
#[cfg(feature = "setup_intents")]
pub use setup_intents::*;

#[cfg(feature = "subscription_items")]
pub mod subscription_items;
#[cfg(feature = "subscription_items")]
pub use subscription_items::*;

#[cfg(feature = "subscriptions")]
pub mod subscriptions;
#[cfg(feature = "subscriptions")]
pub use subscriptions::*;

#[cfg(feature = "webhook_endpoints")]
pub mod webhook_endpoints;
#[cfg(feature = "webhook_endpoints")]
pub use webhook_endpoints::*;
