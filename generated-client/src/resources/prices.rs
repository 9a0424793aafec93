// @generated from specs/ by `cargo xtask regenerate`.
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
    /// Creates a price for an existing product, or for a product created with it.
    ///
    /// `POST /v1/prices`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::CreatePrice {
    ///     currency: Some("USD".to_string()),
    ///     product: Some("prod_1766032392490844160".to_string()),
    ///     unit_amount: Some(2000),
    ///     nickname: Some("monthly apple box".to_string()),
    ///     billing_scheme: Some(wooshpay::BillingScheme::PerUnit),
    ///     lookup_key: Some("apple_box_monthly".to_string()),
    ///     recurring: Some(wooshpay::PriceRecurring {
    ///         interval: Some(wooshpay::PriceRecurringInterval::Month),
    ///         interval_count: Some(1),
    ///         usage_type: Some(wooshpay::PriceRecurringUsageType::Licensed),
    ///         ..Default::default()
    ///     }),
    ///     ..Default::default()
    /// };
    /// let _response = client.prices().create(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(
        &self,
        body: &crate::types::CreatePrice,
    ) -> crate::Call<'a, crate::types::Price> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                String::from("/v1/prices"),
            );
            request.operation("prices.create", "/v1/prices");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
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
    /// Retrieve a price
    ///
    /// Returns one price by its ID.
    ///
    /// `GET /v1/prices/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the price (`price_...`).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.prices().retrieve("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(&self, id: &str) -> crate::Call<'a, crate::types::Price> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                ["/v1/prices/", &*id_segment].concat(),
            );
            request.operation("prices.retrieve", "/v1/prices/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
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
