// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! WooshPay API: a typed client generated from the API's OpenAPI document.
//!
//! WooshPay's payment API. Authenticate with your secret key (`sk_test_...` or `sk_live_...`) as the HTTP Basic user name and an empty password.
//!
//! ```no_run
//! # async fn run() -> Result<(), wooshpay::Error> {
//! let client = wooshpay::Client::new("sk_test_...");
//! let value = client.beneficiaries().retrieve("...").await?;
//! println!("{value:?}");
//! # Ok(())
//! # }
//! ```
//!
//! Every operation lives on a resource handle (`client.balance()`); request and response types are in
//! [`types`] and re-exported at the crate root.
//!
//! # Calls
//!
//! Every operation returns a [`Call`]: await it for the result, or first set per-call options; `.with_response()` also gives the status, headers and request ID ([`Response`]). Every error that had a response carries its request ID too ([`Error::request_id`]).
//!
//! ```no_run
//! # async fn run() -> Result<(), wooshpay::Error> {
//! let client = wooshpay::Client::builder("sk_test_...")
//!     .deadline(std::time::Duration::from_secs(30)) // all attempts together
//!     .default_header("X-Team", "payments")
//!     .build()?;
//! let response = client.coupons().create(&Default::default())
//!     .idempotency_key("order-42-attempt-1") // this call only; POSTs send it
//!     .header("X-Trace", "abc")
//!     .timeout(std::time::Duration::from_secs(5)) // per attempt
//!     .with_response()
//!     .await?;
//! println!("{:?} {:?}", response.request_id, response.data);
//! # Ok(())
//! # }
//! ```
//!
//! Response bodies are limited to [`DEFAULT_MAX_RESPONSE_BYTES`] (16 MiB; [`ClientBuilder::max_response_bytes`]); errors keep at most [`ERROR_BODY_LIMIT`] bytes of a body. With the `tracing` feature every call and attempt is a `tracing` span (`api_call`, `api_attempt`) without credentials.
//!
//! # Testing your code
//!
//! [`testing::MockTransport`] answers requests in-process, so code using the client can be tested without a network:
//!
//! ```no_run
//! use wooshpay::testing::{MockResponse, MockTransport};
//!
//! # async fn run() -> Result<(), wooshpay::Error> {
//! let mock = MockTransport::new();
//! mock.push(MockResponse::json(200, r#"{}"#).header("Request-Id", "req_1"));
//! let client = wooshpay::Client::builder("sk_test_...").mock_transport(mock.clone()).build()?;
//! let _ = client.beneficiaries().retrieve("...").await;
//! assert_eq!(mock.requests().len(), 1);
//! # Ok(())
//! # }
//! ```
//!
//! The `testing` feature adds typed stubs on it, `testing::Stub`: `stub.<resource>().<operation>()` answers with a typed value (`.returns(..)`), raw JSON read by the client's own decoder (`.returns_json(..)`) or an error (`.fails_with(..)`), `stub.client()` is a client answered by it, and each operation's calls are recorded (`.call_count()`, `.last_body()` as the typed request). A call to an operation not stubbed fails the test, naming its method, path and what is stubbed.
//!
//! # Escape hatches
//!
//! For what the spec does not describe yet. [`Call::extra`] sends a field the body type lacks, after the typed fields (a JSON member, or form pairs encoded like the typed fields); a name the body already has, an operation without a body, or a body of bytes fails the call with [`Error::InvalidRequest`] before anything is sent. The body is merged once, so retries resend the same bytes with the same idempotency key; extra values are never logged, traced or shown by `Debug`.
//!
//! [`Client::raw`] calls any method and path under the base URL, with the credentials, retries, idempotency keys (`POST`s get one), timeouts, deadline, tracing and error decoding of the typed calls; [`RawCall`] sets a query, a JSON or form body and the same per-call options, and `.decode::<T>()` decodes into any type instead of [`serde_json::Value`]. The path is sent as given, so encode IDs with [`encode_path_segment`]; a full URL (the credentials would go to another server), a query or fragment in the path, or a `..` segment fails the call with [`Error::InvalidRequest`].
//!
//! ```no_run
//! # async fn run() -> Result<(), wooshpay::Error> {
//! let client = wooshpay::Client::new("sk_test_...");
//! let _ = client
//!     .charges()
//!     .list(&Default::default())
//!     .extra("field_the_types_lack", serde_json::json!({"nested": true}))
//!     .await?;
//! let beneficiary_id_segment = wooshpay::encode_path_segment("...")?;
//! let value: serde_json::Value = client
//!     .raw(reqwest::Method::GET, &["/v1/beneficiaries/", &*beneficiary_id_segment].concat())
//!     .header("X-Trace", "abc")
//!     .await?;
//! println!("{value}");
//! # Ok(())
//! # }
//! ```
//!
//! # Webhooks
//!
//! [`webhooks`] checks the `Wooshpay-Signature` header of a webhook delivery and decodes the event; [`Event::object()`](webhooks::Event::object()) decodes its `data.object` into the type its event type carries, as a [`webhooks::EventObject`] (an object that does not decode is an error; an event type the crate does not list gives `Unknown` with the JSON), and [`Event::data_object`](webhooks::Event::data_object) into a type of your choice:
//!
//! ```no_run
//! use wooshpay::webhooks::{construct_event, EventObject, DEFAULT_TOLERANCE};
//!
//! # fn handle(body: &[u8], signature_header: &str) -> Result<(), wooshpay::webhooks::WebhookError> {
//! let event = construct_event(body, signature_header, "whsec_...", DEFAULT_TOLERANCE)?;
//! match event.object()? {
//!     EventObject::Charge(charge) => println!("{} {}: {:?}", event.type_, event.id, charge),
//!     EventObject::Unknown(object) => println!("{} {}: {object}", event.type_, event.id),
//!     _ => {}
//! }
//! # Ok(())
//! # }
//! ```
//!
//! `examples/webhook_server.rs` is a complete webhook endpoint (axum).
//!
//! # Cargo features
//!
//! The client and every resource are on by default. Each resource is a feature compiling its handle (with `client`) and exactly the types its operations use, so a program that calls one resource compiles only that:
//!
//! ```toml
//! [dependencies]
//! wooshpay = { version = "0.3.0", default-features = false, features = ["client", "balance"] }
//! ```
//!
//! Without `client` the crate is its types (and webhook decoding), with no HTTP stack. `unreferenced_schemas` compiles the schemas no operation uses (and what they refer to).
//!
//! Each type implements the serde direction the API uses it in: `Serialize` for what requests send, `Deserialize` for what responses carry. The off-by-default features `serialize` and `deserialize` add the other direction to every type (to store a response as JSON, or to read a request body in a test server); `testing` turns both on with the typed test stubs (`testing::Stub`). The default feature `partial_eq` derives `PartialEq` for the structs and unions (string enums always compare): add it to a slim build that compares whole objects. The crate's `Cargo.toml` describes every feature.
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![allow(
    clippy::large_enum_variant,
    clippy::too_many_arguments,
    clippy::doc_lazy_continuation,
    clippy::question_mark
)]
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
#[rustfmt::skip]
mod stubs;
#[cfg(feature = "client")]
pub mod testing;
pub mod timestamps;
pub mod webhooks;
#[cfg(feature = "client")]
#[rustfmt::skip]
pub mod resources;
#[rustfmt::skip]
pub mod types;
#[cfg(feature = "client")]
pub use client::RawCall;

#[cfg(feature = "client")]
pub use client::{
    Call, Client, ClientBuilder, RequestOptions, Response, DEFAULT_MAX_RESPONSE_BYTES,
};
#[cfg(feature = "client")]
pub use encoding::encode_path_segment;

#[cfg(feature = "client")]
pub use error::{ApiError, ApiErrorBody, AuthError, DecodeError, Error, ERROR_BODY_LIMIT};

#[cfg(feature = "client")]
pub use error::OperationError;
pub use expandable::Expandable;

#[cfg(feature = "client")]
pub use multipart::FileUpload;

#[cfg(feature = "client")]
pub use pagination::Pages;

#[cfg(feature = "client")]
#[allow(unused_imports)]
pub use crate::resources::*;

#[allow(unused_imports)]
pub use crate::types::*;

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
    /// The environment's name, as in this enum.
    pub fn name(self) -> &'static str {
        match self {
            Self::Test => "Test",
            Self::Live => "Live",
        }
    }
    /// The environment a secret key belongs to, from its prefix (`pk_live_` → [`Environment::Live`], `pk_test_` → [`Environment::Test`], `sk_live_` → [`Environment::Live`], `sk_test_` → [`Environment::Test`]); `None` when it has none of them.
    pub fn for_key(key: &str) -> Option<Environment> {
        if key.starts_with("pk_live_") {
            return Some(Self::Live);
        }
        if key.starts_with("pk_test_") {
            return Some(Self::Test);
        }
        if key.starts_with("sk_live_") {
            return Some(Self::Live);
        }
        if key.starts_with("sk_test_") {
            return Some(Self::Test);
        }
        None
    }
}

#[cfg(feature = "client")]
impl ClientBuilder {
    /// Sends requests to one of the API's published servers. A secret key that
    /// belongs to another environment (by its prefix) makes [`ClientBuilder::build`]
    /// fail with [`Error::Config`].
    pub fn environment(self, environment: Environment) -> Self {
        self.chosen_environment(environment.name(), environment.base_url())
    }
}

#[cfg(feature = "client")]
const DEFAULT_ENVIRONMENT: Environment = Environment::Test;
#[cfg(feature = "client")]
impl Client {
    /// A client for the environment the key belongs to (by its prefix, [`Environment::for_key`]), else `https://apitest.wooshpay.com`, with default settings.
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
        let secret_key: String = secret_key.into();
        let key_environment = Environment::for_key(&secret_key);
        let builder = ClientBuilder::new(
            [crate::client::Credential::basic(secret_key)],
            DEFAULT_ENVIRONMENT.base_url(),
        );
        match key_environment {
            Some(environment) => {
                builder.key_environment(environment.name(), environment.base_url())
            }
            None => builder,
        }
    }
}

/// The README's Rust examples, compiled as doctests (`cargo test --doc`).
#[cfg(all(doctest, feature = "client"))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
