// @generated from generator/tests/fixtures/unions_and_shapes.yaml by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! One handle type per resource, reached from [`Client`](crate::Client).
#[cfg(feature = "pets")]
pub mod pets;
#[cfg(feature = "pets")]
pub use pets::*;

#[cfg(feature = "prices")]
pub mod prices;
#[cfg(feature = "prices")]
pub use prices::*;

#[cfg(feature = "events")]
pub mod events;
#[cfg(feature = "events")]
pub use events::*;

#[cfg(feature = "weather")]
pub mod weather;
#[cfg(feature = "weather")]
pub use weather::*;
