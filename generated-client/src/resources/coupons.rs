// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on coupons.
/// Operations on coupons; get one with [`Client::coupons`](crate::Client::coupons).
#[derive(Debug, Clone)]
pub struct CouponsResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on coupons.
    pub fn coupons(&self) -> CouponsResource<'_> {
        CouponsResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> CouponsResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Create a Coupon
    ///
    /// Creates a coupon, a discount by fixed amount or by percentage.
    ///
    /// `POST /v1/coupons`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::CreateCoupon {
    ///     duration: Some(wooshpay::CouponDuration::Once),
    ///     name: Some("Spring sale".to_string()),
    ///     percent_off: Some(25.0),
    ///     ..Default::default()
    /// };
    /// let _response = client.coupons().create(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(
        &self,
        body: &crate::types::CreateCoupon,
    ) -> crate::Call<'a, crate::types::Coupon> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                String::from("/v1/coupons"),
            );
            request.operation("coupons.create", "/v1/coupons");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Coupon>,
        )
    }
    /// Retrieve a coupon
    ///
    /// Returns one coupon by its ID.
    ///
    /// `GET /v1/coupons/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the coupon.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let _response = client.coupons().retrieve("...").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve(&self, id: &str) -> crate::Call<'a, crate::types::Coupon> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                ["/v1/coupons/", &*id_segment].concat(),
            );
            request.operation("coupons.retrieve", "/v1/coupons/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Coupon>,
        )
    }
}
