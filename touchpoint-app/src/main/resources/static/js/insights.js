// Renders the topic trend chart from the JSON embedded in the insights page (no inline scripts: CSP forbids them).
(function () {
  var el = document.getElementById('insights-data');
  var node = document.getElementById('chart-topic-trends');
  if (!el || !node || typeof echarts === 'undefined') { return; }
  var data = JSON.parse(el.textContent);
  if (!data.topics || data.topics.length === 0) { node.textContent = 'No topics in this period.'; return; }
  var palette = ['#1f5fbf', '#c0392b', '#2e8b57', '#8e44ad', '#d68910', '#17807e'];
  var chart = echarts.init(node);
  chart.setOption({
    animation: !window.navigator.webdriver,
    color: palette,
    grid: { left: 45, right: 45, top: 40, bottom: 30 },
    legend: { type: 'scroll', top: 0 },
    tooltip: { trigger: 'axis', formatter: function (ps) {
      var lines = [data.months[ps[0].dataIndex]];
      ps.forEach(function (p) {
        var t = data.topics[p.seriesIndex];
        var n = t.comments[p.dataIndex], neg = t.negative[p.dataIndex];
        // Topic names are staff text: the tooltip is HTML, so escape them.
        var name = String(t.path).replace(/[&<>"]/g, function (c) {
          return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
        });
        lines.push(p.marker + name + ': ' + n + ' comments, ' + neg + ' negative' +
          (n > 0 ? ' (' + Math.round(100 * neg / n) + '%)' : ''));
      });
      return lines.join('<br>');
    } },
    xAxis: { type: 'category', data: data.months },
    yAxis: { type: 'value', name: 'comments', minInterval: 1 },
    series: data.topics.map(function (t) {
      return { name: t.path, type: 'line', data: t.comments, symbolSize: 5 };
    })
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
