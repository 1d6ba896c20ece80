package service

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/vnextract/vnextract/pipeline"
)

// metrics are one Server's Prometheus collectors, in a registry of its own
// (no global registry: two Servers in one process, as in tests, count
// apart).
type metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec   // route, status
	latency  *prometheus.HistogramVec // route
	articles *prometheus.CounterVec   // status: ok, error
	errors   *prometheus.CounterVec   // code
	bytes    prometheus.Counter
	extract  prometheus.Histogram
	inFlight prometheus.Gauge
	queued   prometheus.Gauge
	reserved prometheus.Gauge
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "vnextract_http_requests_total",
			Help: "HTTP requests by route and status code.",
		}, []string{"route", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "vnextract_http_request_duration_seconds",
			Help:    "Time from request to the end of the response, by route.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 17), // 0.5 ms .. 33 s
		}, []string{"route"}),
		articles: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "vnextract_articles_total",
			Help: "Articles processed, by record status (ok, error).",
		}, []string{"status"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "vnextract_errors_total",
			Help: "Error responses and batch error records, by error code.",
		}, []string{"code"}),
		bytes: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "vnextract_article_bytes_total",
			Help: "Bytes of normalized article text processed.",
		}),
		extract: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "vnextract_extraction_duration_seconds",
			Help:    "Time to process the article of a /v1/extract request, queueing excluded.",
			Buckets: prometheus.ExponentialBuckets(0.0001, 2, 18), // 0.1 ms .. 13 s
		}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "vnextract_extractions_in_flight",
			Help: "Extraction slots taken now.",
		}),
		queued: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "vnextract_extractions_queued",
			Help: "Requests waiting for an extraction slot now.",
		}),
		reserved: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "vnextract_body_bytes_reserved",
			Help: "Request body bytes held now, against MaxBodyMemory.",
		}),
	}
	m.reg.MustRegister(m.requests, m.latency, m.articles, m.errors, m.bytes, m.extract, m.inFlight, m.queued, m.reserved,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	for _, c := range codes { // a code that never happened reads 0, not absent
		m.errors.WithLabelValues(string(c))
	}
	for _, s := range []string{"ok", "error"} {
		m.articles.WithLabelValues(s)
	}
	return m
}

func (m *metrics) request(route string, status int, d time.Duration) {
	m.requests.WithLabelValues(route, strconv.Itoa(status)).Inc()
	m.latency.WithLabelValues(route).Observe(d.Seconds())
}

// article counts one processed article. In a batch an error record also
// counts under its code; a single request's error counts as its response.
func (m *metrics) article(rec *pipeline.Record, inBatch bool) {
	m.articles.WithLabelValues(rec.Status).Inc()
	m.bytes.Add(float64(len(rec.Text)))
	if inBatch && rec.Error != nil {
		m.errors.WithLabelValues(string(rec.Error.Code)).Inc()
	}
}
