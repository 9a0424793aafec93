// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on balance.
/// Operations on balance; get one with [`Client::balance`](crate::Client::balance).
#[derive(Debug, Clone)]
pub struct BalanceResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on balance.
    pub fn balance(&self) -> BalanceResource<'_> {
        BalanceResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl BalanceResource<'_> {
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
    /// Get balance
    ///
    /// Returns the funds of the account, available and pending, per currency.
    ///
    /// `GET /v1/balance`
    pub async fn get(&self) -> Result<crate::types::Balance, crate::Error> {
        let mut request = crate::client::ApiRequest::new(
            reqwest::Method::GET,
            String::from("/v1/balance"),
        );
        request.header("Accept", "application/json");
        request.header("Content-Type", "application/json");
        self.client.send::<crate::types::Balance>(request, &self.options).await
    }
}
