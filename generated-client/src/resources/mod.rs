// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! One handle type per resource, reached from [`Client`](crate::Client).
#[cfg(feature = "balance")]
pub mod balance;
#[cfg(feature = "balance")]
pub use balance::*;

#[cfg(feature = "checkout_sessions")]
pub mod checkout_sessions;
#[cfg(feature = "checkout_sessions")]
pub use checkout_sessions::*;

#[cfg(feature = "customers")]
pub mod customers;
#[cfg(feature = "customers")]
pub use customers::*;

#[cfg(feature = "disputes")]
pub mod disputes;
#[cfg(feature = "disputes")]
pub use disputes::*;

#[cfg(feature = "payment_intents")]
pub mod payment_intents;
#[cfg(feature = "payment_intents")]
pub use payment_intents::*;

#[cfg(feature = "payment_methods")]
pub mod payment_methods;
#[cfg(feature = "payment_methods")]
pub use payment_methods::*;

#[cfg(feature = "refunds")]
pub mod refunds;
#[cfg(feature = "refunds")]
pub use refunds::*;

#[cfg(feature = "setup_intents")]
pub mod setup_intents;
#[cfg(feature = "setup_intents")]
pub use setup_intents::*;

#[cfg(feature = "webhooks")]
pub mod webhooks;
#[cfg(feature = "webhooks")]
pub use webhooks::*;
