// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! One handle type per resource, reached from [`Client`](crate::Client).
pub mod disputes;
pub use disputes::*;

pub mod payment_intents;
pub use payment_intents::*;
