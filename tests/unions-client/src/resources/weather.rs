// @generated from generator/tests/fixtures/unions_and_shapes.yaml by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on weather.
/// Operations on weather; get one with [`Client::weather`](crate::Client::weather).
#[derive(Debug, Clone)]
pub struct WeatherResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on weather.
    pub fn weather(&self) -> WeatherResource<'_> {
        WeatherResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> WeatherResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// `GET /weather/current?lat={lat}&lon={lon}&units=metric`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: pets::Client) -> Result<(), pets::Error> {
    /// let params = pets::RetrieveCurrentWeather::new(1.0, 1.0);
    /// let _response = client.weather().retrieve_current(&params).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn retrieve_current(
        &self,
        params: &crate::types::RetrieveCurrentWeather,
    ) -> crate::Call<'a, crate::types::RetrieveCurrentWeatherResponse> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::GET,
                String::from("/weather/current"),
            );
            request
                .operation(
                    "weather.retrieve_current",
                    "/weather/current?lat={lat}&lon={lon}&units=metric",
                );
            {
                let value = &params.lat;
                request.query("lat", value, crate::encoding::QueryStyle::FormExplode)?;
            }
            {
                let value = &params.lon;
                request.query("lon", value, crate::encoding::QueryStyle::FormExplode)?;
            }
            request.query("units", "metric", crate::encoding::QueryStyle::Form)?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::RetrieveCurrentWeatherResponse>,
        )
    }
}
