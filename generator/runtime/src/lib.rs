//! The runtime of the crates `wooshpay-codegen` writes, built and tested on its own.
//!
//! Every file here but this `lib.rs`, `config.rs`, `stubs.rs`, `webhooks/events.rs` and
//! `tests/` is copied as it is into each generated crate (`emit/krate.rs`, `RUNTIME`), whose own
//! `lib.rs` declares the same modules and re-exports, and whose generated `config.rs`,
//! `stubs.rs` and `webhooks/events.rs` state the API's conventions, operation stubs and event
//! types. This crate stands in for those with test values (one test resource's stubs), and a
//! `types` module with the one type its test events carry. No generated crate depends on it.
#![forbid(unsafe_code)]
// Generated code calls much of the runtime; here nothing does.
#![allow(dead_code)]

#[cfg(feature = "client")]
mod client;
mod config;
#[cfg(feature = "client")]
mod encoding;
#[cfg(feature = "client")]
mod error;
mod expandable;
#[cfg(feature = "client")]
mod multipart;
#[cfg(feature = "client")]
mod oauth;
mod object;
#[cfg(feature = "client")]
mod pagination;
#[cfg(feature = "client")]
pub mod sse;
mod strict;
#[cfg(feature = "testing")]
mod stubs;
#[cfg(feature = "client")]
pub mod testing;
pub mod timestamps;
pub mod webhooks;

// The root re-exports a generated crate has (`emit/krate.rs`, `lib_rs`), which the runtime's
// files and docs refer to.
#[cfg(feature = "client")]
pub use client::RawCall;
#[cfg(feature = "client")]
pub use client::{
    Call, Client, ClientBuilder, RequestOptions, Response, DEFAULT_MAX_RESPONSE_BYTES,
};
#[cfg(feature = "client")]
pub use encoding::encode_path_segment;
#[cfg(feature = "client")]
pub use error::{
    ApiError, ApiErrorBody, AuthError, DecodeError, Error, OperationError, ERROR_BODY_LIMIT,
};
pub use expandable::Expandable;
#[cfg(feature = "client")]
pub use multipart::FileUpload;
#[cfg(feature = "client")]
pub use pagination::Pages;

/// Stands in for a generated crate's `types`: what the test events carry.
pub mod types {
    /// The object of the test events `sample.created` and `sample.updated`.
    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
    pub struct Sample {
        /// Its ID.
        pub id: String,
    }
}

/// The runtime's unit tests, one file per module (left out of the generated crates).
#[cfg(test)]
mod tests {
    #[cfg(feature = "client")]
    mod client;
    #[cfg(feature = "client")]
    mod encoding;
    #[cfg(feature = "client")]
    mod error;
    #[cfg(feature = "client")]
    mod multipart;
    #[cfg(feature = "client")]
    mod oauth;
    mod object;
    #[cfg(feature = "client")]
    mod pagination;
    #[cfg(feature = "client")]
    mod sse;
    mod strict;
    #[cfg(feature = "testing")]
    mod testing;
    mod webhooks;
}
