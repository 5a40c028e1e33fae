// Renders the dashboard charts from the JSON embedded in the page (no inline scripts: CSP forbids them).
(function () {
  var el = document.getElementById('dashboard-data');
  if (!el || typeof echarts === 'undefined') { return; }
  var data = JSON.parse(el.textContent);
  var animate = !window.navigator.webdriver;

  function trend(metric) {
    var node = document.getElementById('chart-' + metric);
    var rows = data[metric] || [];
    if (!node) { return; }
    if (rows.length === 0) { node.textContent = 'No data in this period.'; return; }
    var isNps = metric === 'nps';
    // The review rating is charted as mean stars with the mean's interval; the others as score or share.
    var isStars = metric === 'rating';
    var digits = isStars ? 2 : 1;
    var x = rows.map(function (r) { return r.label; });
    var val = function (r) { return isNps ? r.nps : isStars ? r.mean : r.share; };
    var lo = function (r) { return isStars ? r.meanCiLower : r.ciLower; };
    var hi = function (r) { return isStars ? r.meanCiUpper : r.ciUpper; };
    var value = rows.map(val);
    var lower = rows.map(lo);
    var upper = rows.map(hi);
    var chart = echarts.init(node);
    chart.setOption({
      animation: animate,
      grid: { left: 40, right: 10, top: 10, bottom: 30 },
      tooltip: { trigger: 'axis', formatter: function (ps) {
        var i = ps[0].dataIndex, r = rows[i];
        var v = val(r);
        return r.label + '<br>' + (v == null ? '—' : v.toFixed(digits)) + (lo(r) == null ? '' :
          ' (95% CI ' + lo(r).toFixed(digits) + ' to ' + hi(r).toFixed(digits) + ')') + '<br>n = ' + r.n;
      } },
      xAxis: { type: 'category', data: x },
      yAxis: { type: 'value', min: isNps ? -100 : isStars ? 1 : 0, max: isStars ? 5 : 100 },
      series: [
        // The 95% interval as two thin dashed lines (an area stacked on a negative lower bound would be drawn wrong).
        { name: '95% lower', type: 'line', data: lower, symbol: 'none', lineStyle: { type: 'dashed', width: 1, color: '#8aa7d6' } },
        { name: '95% upper', type: 'line', data: upper, symbol: 'none', lineStyle: { type: 'dashed', width: 1, color: '#8aa7d6' } },
        { name: metric.toUpperCase(), type: 'line', data: value, symbolSize: 5, color: '#1f5fbf' }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function heatmap() {
    var node = document.getElementById('chart-heatmap');
    var cells = data.heatmap || [];
    if (!node) { return; }
    if (cells.length === 0) { node.textContent = 'No data in this period.'; return; }
    var rows = [], cols = [];
    cells.forEach(function (c) {
      if (rows.indexOf(c.rowLabel) < 0) { rows.push(c.rowLabel); }
      if (cols.indexOf(c.columnLabel) < 0) { cols.push(c.columnLabel); }
    });
    cols.sort();
    var values = cells.map(function (c) {
      return [cols.indexOf(c.columnLabel), rows.indexOf(c.rowLabel), c.value.nps == null ? null : Math.round(c.value.nps), c.value.n];
    });
    var chart = echarts.init(node);
    chart.setOption({
      animation: animate,
      grid: { left: 160, right: 20, top: 10, bottom: 60 },
      tooltip: { formatter: function (p) { return rows[p.value[1]] + ', ' + cols[p.value[0]] + '<br>NPS ' + p.value[2] + ' (n = ' + p.value[3] + ')'; } },
      xAxis: { type: 'category', data: cols, axisLabel: { rotate: 45 } },
      yAxis: { type: 'category', data: rows },
      visualMap: { min: -100, max: 100, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, show: false,
        inRange: { color: ['#b42318', '#f5c242', '#1b7f3b'] } },
      series: [{ type: 'heatmap', data: values, label: { show: cols.length <= 16 } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  ['nps', 'csat', 'ces', 'rating'].forEach(trend);
  heatmap();
})();
