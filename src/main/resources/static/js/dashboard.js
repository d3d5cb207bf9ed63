// Draws the dashboard's charts and map with Apache ECharts from the figures the page carries in data attributes.
// The same figures are in each chart's table view and CSV; nothing here computes a figure.
(function () {
  'use strict';
  var root = document.getElementById('dashboard');
  if (!root || !window.echarts) {
    return;
  }
  var charts = JSON.parse(root.getAttribute('data-charts'));
  var locale = document.documentElement.lang || 'en';
  var number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  var palette = ['#00507a', '#f0b400', '#2a9d8f', '#c0392b', '#7b5ea7', '#6c8ea0', '#e07b39', '#3d7d3d'];

  function byId(id) {
    return charts.filter(function (c) { return c.id === id; })[0];
  }

  function draw(element, chart) {
    var instance = echarts.init(element, null, { renderer: 'svg', locale: locale.toUpperCase() === 'EN' ? 'EN' : 'EN' });
    var labels = chart.rows.map(function (r) { return r.label; });
    var option;
    if (chart.kind === 'pie') {
      option = {
        color: palette,
        tooltip: { trigger: 'item', valueFormatter: function (v) { return number.format(v); } },
        series: [{ type: 'pie', radius: ['35%', '70%'], name: chart.columns[0],
          label: { formatter: '{b}: {d}%' },
          data: chart.rows.map(function (r) { return { name: r.label, value: r.values[0] }; }) }]
      };
    } else {
      var shown = chart.measures.map(function (m, i) { return i; })
        .filter(function (i) { return chart.measures[i] !== 'projects' || chart.measures.length === 1 || chart.id === 'status'; });
      option = {
        color: palette,
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return number.format(v); } },
        legend: shown.length > 1 ? { top: 0 } : undefined,
        grid: { left: 8, right: 8, bottom: 8, top: shown.length > 1 ? 30 : 10, containLabel: true },
        xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 4 ? 30 : 0,
          width: 110, overflow: 'truncate' } },
        yAxis: shown.map(function (i, n) {
          return { type: 'value', show: n < 2, axisLabel: { formatter: function (v) { return number.format(v); } } };
        }).slice(0, 2),
        series: shown.map(function (i, n) {
          return { type: 'bar', name: chart.columns[i], yAxisIndex: Math.min(n, 1) && chart.measures[i] === 'projects' ? 1 : 0,
            data: chart.rows.map(function (r) { return r.values[i]; }) };
        })
      };
    }
    instance.setOption(option);
    window.addEventListener('resize', function () { instance.resize(); });
  }

  document.querySelectorAll('.chart[data-chart]').forEach(function (element) {
    var chart = byId(element.getAttribute('data-chart'));
    if (chart && chart.rows.length) {
      draw(element, chart);
    }
  });

  var mapElement = document.getElementById('map');
  var countries = byId('countries');
  if (!mapElement || !countries) {
    return;
  }
  var metric = 'budget';
  var subregion = '';
  var instance = echarts.init(mapElement, null, { renderer: 'svg' });
  var geo = null;

  function valueOf(code) {
    var index = countries.measures.indexOf(metric);
    var row = countries.rows.filter(function (r) { return r.key === code; })[0];
    return row && index >= 0 ? row.values[index] : null;
  }

  function render() {
    var features = geo.features.filter(function (f) {
      return !subregion || f.properties.subregion === subregion;
    });
    var index = countries.measures.indexOf(metric);
    var values = countries.rows.map(function (r) { return r.values[index]; })
      .filter(function (v) { return v !== null && v !== undefined; });
    var max = values.length ? Math.max.apply(null, values) : 1;
    var title = countries.columns[index];
    var data = features.map(function (f) {
      return { name: f.properties.iso_a2, value: valueOf(f.properties.iso_a2), label: f.properties.name_local };
    });
    // Small states get a symbol at their label point, never smaller than a finger can hit.
    var small = features.filter(function (f) { return f.properties.tiny > 0 || f.properties.subregion === 'Caribbean'; })
      .map(function (f) {
        return { name: f.properties.iso_a2, value: [f.properties.label_x, f.properties.label_y, valueOf(f.properties.iso_a2)] };
      });
    var names = {};
    countries.rows.forEach(function (r) { names[r.key] = r.label; });
    geo.features.forEach(function (f) { if (!names[f.properties.iso_a2]) { names[f.properties.iso_a2] = f.properties.name; } });
    instance.setOption({
      tooltip: { trigger: 'item', formatter: function (p) {
        var v = Array.isArray(p.value) ? p.value[2] : p.value;
        return (names[p.name] || p.name) + '<br>' + title + ': ' + (v === null || v === undefined || isNaN(v) ? '—' : number.format(v));
      } },
      visualMap: { min: 0, max: max || 1, text: [number.format(max || 0), '0'], calculable: true, left: 10, bottom: 10,
        inRange: { color: ['#e3eef5', '#00507a'] }, seriesIndex: [0, 1], dimension: undefined },
      geo: { map: 'lac', nameProperty: 'iso_a2', roam: true, zoom: 1.1, itemStyle: { areaColor: '#eee', borderColor: '#999' },
        emphasis: { itemStyle: { areaColor: '#f0b400' }, label: { show: false } },
        regions: [] },
      series: [
        { type: 'map', geoIndex: 0, name: title, data: data },
        { type: 'scatter', coordinateSystem: 'geo', symbolSize: 12, name: title, data: small,
          encode: { value: 2 }, itemStyle: { borderColor: '#1b1b1b', borderWidth: 1 } }
      ]
    }, true);
  }

  function go(params) {
    if (params.name) {
      window.location.href = root.getAttribute('data-country-url').replace('CODE', params.name);
    }
  }

  function press(group, button) {
    group.querySelectorAll('button').forEach(function (b) { b.setAttribute('aria-pressed', b === button ? 'true' : 'false'); });
  }

  var metrics = document.getElementById('map-metric');
  metrics.querySelectorAll('button').forEach(function (button) {
    if (countries.measures.indexOf(button.value) < 0) {
      button.disabled = true;
    }
    button.addEventListener('click', function () {
      metric = button.value;
      press(metrics, button);
      render();
    });
  });
  document.getElementById('map-subregion').addEventListener('change', function (event) {
    subregion = event.target.value;
    render();
  });

  fetch(mapElement.getAttribute('data-geojson')).then(function (r) { return r.json(); }).then(function (json) {
    geo = json;
    echarts.registerMap('lac', json);
    render();
    instance.on('click', go);
    mapElement.setAttribute('data-ready', 'true');
  });
  window.addEventListener('resize', function () { instance.resize(); });
})();
