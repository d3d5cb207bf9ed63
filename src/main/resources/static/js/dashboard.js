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
  var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // Caribbean states large enough to click on the map itself; every other one also gets a dot.
  var LARGE_ISLANDS = ['CU', 'DO', 'HT', 'JM'];
  var palette = ['#00507a', '#f0b400', '#2a9d8f', '#c0392b', '#7b5ea7', '#6c8ea0', '#e07b39', '#3d7d3d'];

  function byId(id) {
    return charts.filter(function (c) { return c.id === id; })[0];
  }

  function money(v) {
    return number.format(v);
  }

  // Bars lie horizontally when their labels are words (statuses, themes, stages), upright for short ones.
  function draw(element, chart) {
    var labels = chart.rows.map(function (r) { return r.label; });
    var option;
    if (chart.kind === 'pie') {
      // Shares inside the ring and names in a legend that wraps below it: long names never overlap or get cut.
      element.style.height = (240 + Math.ceil(chart.rows.length / 2) * 22) + 'px';
      option = {
        color: palette,
        tooltip: { trigger: 'item', valueFormatter: money },
        legend: { bottom: 0, left: 'center', itemWidth: 10, itemHeight: 10, textStyle: { fontSize: 11 } },
        series: [{ type: 'pie', radius: ['30%', '62%'], center: ['50%', 110], name: chart.columns[0],
          label: { position: 'inside', formatter: '{d}%', color: '#fff', fontSize: 10 },
          data: chart.rows.map(function (r) { return { name: r.label, value: r.values[0] }; }) }]
      };
    } else {
      var horizontal = labels.some(function (l) { return l.length > 8; });
      if (horizontal) {
        element.style.height = Math.max(256, 60 + chart.rows.length * 30 * Math.min(chart.measures.length, 2)) + 'px';
      }
      var many = chart.measures.length > 1;
      var valueAxes = [{ type: 'value', axisLabel: { formatter: money, hideOverlap: true } }];
      if (many) {
        // The counts' axis: whole numbers only, or a few projects read as 0 0 0 1 1 1.
        valueAxes.push({ type: 'value', minInterval: 1, axisLabel: { formatter: money, hideOverlap: true },
          splitLine: { show: false } });
      } else if (chart.measures[0] === 'projects' || chart.measures[0] === 'proposals') {
        valueAxes[0].minInterval = 1;
      }
      var categoryAxis = { type: 'category', data: labels, inverse: horizontal,
        axisLabel: horizontal ? { width: 150, overflow: 'truncate' } : { interval: 0 } };
      option = {
        color: palette,
        tooltip: { trigger: 'axis', valueFormatter: money },
        legend: many ? { top: 0 } : undefined,
        grid: { left: 8, right: 24, bottom: 8, top: many ? 50 : 10, containLabel: true },
        xAxis: horizontal ? valueAxes : categoryAxis,
        yAxis: horizontal ? categoryAxis : valueAxes,
        series: chart.measures.map(function (measure, i) {
          // Counts of projects or proposals go on their own axis beside the money.
          var axis = many && (measure === 'projects' || measure === 'proposals') ? 1 : 0;
          var series = { type: 'bar', name: chart.columns[i], data: chart.rows.map(function (r) { return r.values[i]; }) };
          series[horizontal ? 'xAxisIndex' : 'yAxisIndex'] = axis;
          return series;
        })
      };
    }
    option.animation = !still;
    var instance = echarts.init(element, null, { renderer: 'svg' });
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
  var METRICS = ['budget', 'gap', 'score', 'projects'];
  var metric = 'budget';
  var subregion = '';
  var instance = echarts.init(mapElement, null, { renderer: 'svg' });
  var geo = null;

  function valueOf(code) {
    var index = countries.measures.indexOf(metric);
    var row = countries.rows.filter(function (r) { return r.key === code; })[0];
    return row && index >= 0 ? row.values[index] : null;
  }

  function inChosen(f) {
    return !subregion || f.properties.subregion === subregion;
  }

  function render() {
    var features = geo.features.filter(inChosen);
    var index = countries.measures.indexOf(metric);
    var values = countries.rows.map(function (r) { return r.values[index]; })
      .filter(function (v) { return v !== null && v !== undefined; });
    var max = values.length ? Math.max.apply(null, values) : 1;
    var title = countries.columns[index];
    var data = features.map(function (f) {
      return { name: f.properties.iso_a2, value: valueOf(f.properties.iso_a2), label: f.properties.name_local };
    });
    // Small states get a symbol at their label point, never smaller than a finger can hit.
    var small = features.filter(function (f) {
      return f.properties.subregion === 'Caribbean' && LARGE_ISLANDS.indexOf(f.properties.iso_a2) < 0;
    })
      .map(function (f) {
        return { name: f.properties.iso_a2, value: [f.properties.label_x, f.properties.label_y],
          metric: valueOf(f.properties.iso_a2) };
      });
    var names = {};
    countries.rows.forEach(function (r) { names[r.key] = r.label; });
    geo.features.forEach(function (f) { if (!names[f.properties.iso_a2]) { names[f.properties.iso_a2] = f.properties.name; } });
    instance.setOption({
      tooltip: { trigger: 'item', formatter: function (p) {
        var v = p.seriesType === 'scatter' ? p.data.metric : p.value;
        return (names[p.name] || p.name) + '<br>' + title + ': ' + (v === null || v === undefined || isNaN(v) ? '—' : number.format(v));
      } },
      visualMap: { min: 0, max: max || 1, calculable: true, left: 10, bottom: 10, text: [title, ''],
        formatter: function (v) { return number.format(v); }, textStyle: { fontSize: 12 },
        inRange: { color: ['#d6e6f0', '#00507a'] }, seriesIndex: [0] },
      geo: { map: 'lac', nameProperty: 'iso_a2', roam: true, layoutCenter: ['50%', '50%'], layoutSize: '98%', itemStyle: { areaColor: '#eee', borderColor: '#999' },
        emphasis: { itemStyle: { areaColor: '#f0b400' }, label: { show: false } },
        // The chosen sub-region stands out: its countries outlined, the others drawn but faded (still clickable).
        regions: subregion ? geo.features.map(function (f) {
          return inChosen(f)
            ? { name: f.properties.iso_a2, itemStyle: { borderColor: '#1b1b1b', borderWidth: 1.5 } }
            : { name: f.properties.iso_a2, itemStyle: { areaColor: '#f5f5f5', borderColor: '#ccc', opacity: 0.6 } };
        }) : [] },
      series: [
        { type: 'map', geoIndex: 0, name: title, data: data },
        { type: 'scatter', coordinateSystem: 'geo', symbolSize: 12, name: title, data: small,
          // The dot marks where to click; the island's own shape carries the colour of its figure.
          itemStyle: { color: '#f0b400', borderColor: '#1b1b1b', borderWidth: 1 } }
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
  var select = document.getElementById('map-subregion');

  // The map's metric and sub-region live in the address (?metric=gap&subregion=Caribbean), so that a view can be
  // bookmarked or shared and the back button returns to the previous one. A value the page cannot show (a metric
  // the reader's scope lacks, an unknown sub-region) falls back to the default.
  function fromAddress() {
    var params = new URLSearchParams(window.location.search);
    var wanted = params.get('metric');
    metric = METRICS.indexOf(wanted) >= 0 && countries.measures.indexOf(wanted) >= 0 ? wanted : 'budget';
    var region = params.get('subregion') || '';
    var known = Array.prototype.some.call(select.options, function (o) { return o.value === region; });
    subregion = known ? region : '';
    select.value = subregion;
    metrics.querySelectorAll('button').forEach(function (b) {
      b.setAttribute('aria-pressed', b.value === metric ? 'true' : 'false');
    });
    mapElement.setAttribute('data-metric', metric);
    mapElement.setAttribute('data-subregion', subregion);
  }

  function toAddress() {
    var params = new URLSearchParams(window.location.search);
    if (metric === 'budget') { params.delete('metric'); } else { params.set('metric', metric); }
    if (subregion) { params.set('subregion', subregion); } else { params.delete('subregion'); }
    var query = params.toString();
    window.history.pushState(null, '', window.location.pathname + (query ? '?' + query : '') + window.location.hash);
    mapElement.setAttribute('data-metric', metric);
    mapElement.setAttribute('data-subregion', subregion);
  }

  function show() {
    if (geo) {
      render();
    }
  }

  metrics.querySelectorAll('button').forEach(function (button) {
    if (countries.measures.indexOf(button.value) < 0) {
      button.disabled = true;
    }
    button.addEventListener('click', function () {
      metric = button.value;
      press(metrics, button);
      toAddress();
      show();
    });
  });
  select.addEventListener('change', function (event) {
    subregion = event.target.value;
    toAddress();
    show();
  });
  window.addEventListener('popstate', function () {
    fromAddress();
    show();
  });
  fromAddress();

  fetch(mapElement.getAttribute('data-geojson')).then(function (r) { return r.json(); }).then(function (json) {
    geo = json;
    echarts.registerMap('lac', json);
    instance.on('click', go);
    // Ready once drawn and its opening animation is over: a small state's dot grows from nothing, so a click
    // before then can miss it.
    instance.on('finished', function () { mapElement.setAttribute('data-ready', 'true'); });
    render();
  });
  window.addEventListener('resize', function () { instance.resize(); });
})();
