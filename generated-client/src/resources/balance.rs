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

impl<'a> BalanceResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Get balance
    ///
    /// Returns the funds of the account, available and pending, per currency.
    ///
    /// `GET /v1/balance`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.balance().get().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get(&self) -> crate::Call<'a, crate::types::Balance> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                String::from("/v1/balance"),
            );
            request.operation("balance.get", "/v1/balance");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Balance>,
        )
    }
}
