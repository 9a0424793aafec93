// @generated from generator/tests/fixtures/unions_and_shapes.yaml by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on prices.
/// Operations on prices; get one with [`Client::prices`](crate::Client::prices).
#[derive(Debug, Clone)]
pub struct PricesResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on prices.
    pub fn prices(&self) -> PricesResource<'_> {
        PricesResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> PricesResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Create a price
    ///
    /// `POST /prices`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: pets::Client) -> Result<(), pets::Error> {
    /// let body = pets::Price::new(1);
    /// let _response = client.prices().create(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(
        &self,
        body: &crate::types::Price,
    ) -> crate::Call<'a, crate::types::Price> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                String::from("/prices"),
            );
            request.operation("prices.create", "/prices");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Price>,
        )
    }
}
