// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on refunds.
/// Operations on refunds; get one with [`Client::refunds`](crate::Client::refunds).
#[derive(Debug, Clone)]
pub struct Refunds<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on refunds.
    pub fn refunds(&self) -> Refunds<'_> {
        Refunds {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl Refunds<'_> {
    /// Uses `options` (idempotency key, retries, timeout) for the requests made through this handle.
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Sends `key` as the idempotency key, instead of a fresh key per request.
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.options.idempotency_key = Some(key.into());
        self
    }
    /// Create a refund
    ///
    /// Refunds all or part of a paid PaymentIntent; partial refunds can repeat until the whole amount is refunded.
    ///
    /// `POST /v1/refunds`
    pub async fn create(
        &self,
        body: &crate::types::CreateRefund,
    ) -> Result<crate::types::Refund, crate::Error> {
        let mut request = crate::client::ApiRequest::new(
            reqwest::Method::POST,
            String::from("/v1/refunds"),
        );
        request.header("Accept", "application/json");
        request.header("Content-Type", "application/json");
        request.json_body(body, "application/json")?;
        self.client.send::<crate::types::Refund>(request, &self.options).await
    }
    /// Retrieve a refund
    ///
    /// Returns a refund made earlier.
    ///
    /// `GET /v1/refunds/{refund_id}`
    ///
    /// # Arguments
    ///
    /// - `refund_id`: ID of the refund.
    pub async fn retrieve(
        &self,
        refund_id: &str,
    ) -> Result<crate::types::Refund, crate::Error> {
        let refund_id_segment = crate::encoding::encode_path_segment(refund_id)?;
        let mut request = crate::client::ApiRequest::new(
            reqwest::Method::GET,
            format!("/v1/refunds/{}", refund_id_segment),
        );
        request.header("Accept", "application/json");
        request.header("Content-Type", "application/json");
        self.client.send::<crate::types::Refund>(request, &self.options).await
    }
}
