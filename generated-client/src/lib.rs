// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! WooshPay API: a typed client generated from the API's OpenAPI document.
//!
//! WooshPay's payment API. Authenticate with your secret key (`sk_test_...` or `sk_live_...`) as the HTTP Basic user name and an empty password.
//!
//! ```no_run
//! # async fn run() -> Result<(), wooshpay::Error> {
//! let client = wooshpay::Client::new("sk_test_...");
//! let value = client.disputes().retrieve("...").await?;
//! println!("{value:?}");
//! # Ok(())
//! # }
//! ```
//!
//! Every operation lives on a resource handle (`client.disputes()`); request and response types are in
//! [`types`] and re-exported at the crate root.
//!
//! # Webhooks
//!
//! [`webhooks`] checks the `Wooshpay-Signature` header of a webhook delivery and decodes the event:
//!
//! ```no_run
//! use wooshpay::webhooks::{construct_event, EventType, DEFAULT_TOLERANCE};
//!
//! # fn handle(body: &[u8], signature_header: &str) -> Result<(), wooshpay::webhooks::WebhookError> {
//! let event = construct_event(body, signature_header, "whsec_...", DEFAULT_TOLERANCE)?;
//! if event.type_ == EventType::ChargeDisputeCreated {
//!     let dispute: wooshpay::Dispute = event.data_object()?;
//!     println!("{} {:?}", event.id, dispute);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! `examples/webhook_server.rs` is a complete webhook endpoint (axum).
#![forbid(unsafe_code)]
#![allow(
    clippy::large_enum_variant,
    clippy::too_many_arguments,
    clippy::doc_lazy_continuation
)]
mod client;
mod encoding;
mod error;
mod expandable;
mod multipart;
mod pagination;
pub mod webhooks;
#[rustfmt::skip]
pub mod resources;
#[rustfmt::skip]
pub mod types;
pub use client::{Client, ClientBuilder, RequestOptions};
pub use error::{ApiError, ApiErrorBody, DecodeError, Error};
pub use expandable::Expandable;
pub use multipart::FileUpload;
pub use resources::*;
pub use types::*;

/// The servers the API is published at; the first is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Environment {
    /// `https://apitest.wooshpay.com`: 官网测试 (official test environment)
    Test,
    /// `https://api.wooshpay.com`: Live environment
    Live,
}

impl Environment {
    /// The base URL requests are sent to.
    pub fn base_url(self) -> &'static str {
        match self {
            Self::Test => "https://apitest.wooshpay.com",
            Self::Live => "https://api.wooshpay.com",
        }
    }
}

impl ClientBuilder {
    /// Sends requests to one of the API's published servers.
    pub fn environment(self, environment: Environment) -> Self {
        self.base_url(environment.base_url())
    }
}

const DEFAULT_ENVIRONMENT: Environment = Environment::Test;
impl Client {
    /// A client for `https://apitest.wooshpay.com` with default settings.
    ///
    /// - `secret_key`: HTTP Basic (`basic`): sent as the user name, with an empty password.
    ///
    /// # Panics
    ///
    /// If the TLS backend cannot be initialized, like `reqwest::Client::new`; use
    /// [`Client::builder`] to handle that error instead.
    pub fn new(secret_key: impl Into<String>) -> Self {
        match Self::builder(secret_key).build() {
            Ok(client) => client,
            Err(error) => panic!("cannot initialize the HTTP client: {error}"),
        }
    }
    /// A builder to set the server, timeouts and retries.
    ///
    /// - `secret_key`: HTTP Basic (`basic`): sent as the user name, with an empty password.
    pub fn builder(secret_key: impl Into<String>) -> ClientBuilder {
        ClientBuilder::new(
            [crate::client::Credential::basic(secret_key)],
            DEFAULT_ENVIRONMENT.base_url(),
        )
    }
}
