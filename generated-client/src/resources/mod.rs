// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! One handle type per resource, reached from [`Client`](crate::Client).
#[cfg(feature = "disputes")]
pub mod disputes;
#[cfg(feature = "disputes")]
pub use disputes::*;

#[cfg(feature = "payment_intents")]
pub mod payment_intents;
#[cfg(feature = "payment_intents")]
pub use payment_intents::*;
