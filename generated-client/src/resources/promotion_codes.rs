// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on promotion codes.
/// Operations on promotion codes; get one with [`Client::promotion_codes`](crate::Client::promotion_codes).
#[derive(Debug, Clone)]
pub struct PromotionCodesResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on promotion codes.
    pub fn promotion_codes(&self) -> PromotionCodesResource<'_> {
        PromotionCodesResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> PromotionCodesResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Create a promotion code
    ///
    /// Creates a code customers enter to get a coupon's discount, optionally limited to one customer, a number of redemptions or a date.
    ///
    /// `POST /v1/promotion_code`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::CreatePromotionCode {
    ///     coupon: Some("string".to_string()),
    ///     code: Some("string".to_string()),
    ///     active: Some(true),
    ///     customer: Some("string".to_string()),
    ///     expires_at: Some("string".to_string()),
    ///     max_redemptions: Some(0),
    ///     restrictions: Some(wooshpay::PromotionCodeRestrictions {
    ///         first_time_transaction: Some(true),
    ///         minimum_amount: Some(0),
    ///         minimum_amount_currency: Some("string".to_string()),
    ///         ..Default::default()
    ///     }),
    ///     ..Default::default()
    /// };
    /// let _response = client.promotion_codes().create(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(
        &self,
        body: &crate::types::CreatePromotionCode,
    ) -> crate::Call<'a, crate::types::PromotionCode> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                String::from("/v1/promotion_code"),
            );
            request.operation("promotion_codes.create", "/v1/promotion_code");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::PromotionCode>,
        )
    }
}
