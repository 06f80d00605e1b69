/**
 * Acceptable keywords for the two site-tagged blog sets of `npm run bench:keywords` (APISIX dev,
 * bench/keyword-articles-sealed5.ts; SOFAStack dev, bench/keyword-articles-sealed6.ts): terms a reader would accept
 * as keywords of that post, besides its human tags, written by the tongwen team (kw session, 2026-12-07) so that
 * "good or acceptable" is measured on these sets as on the team-tagged ones (before, their `ok` held only the
 * site-wide tags and the category labels, so good or acceptable was little more than precision).
 *
 * How they were judged: from the post's own text only — its title, every heading, and the opening prose (about the
 * first 400 characters of text outside code blocks), read as a digest of the post, one post at a time, in path
 * order; never from the extractor's output (the per-article lines of the benchmark were not looked at for these
 * sets while writing them). A term is acceptable when:
 * - it names what the post is about: the product, project, company, technique or component in the title, in a
 *   heading, or recurring in the opening as the subject (贝壳找房, etcd in a post on etcd-based configuration, 双十一
 *   in the 双十一 rollout series), not one mentioned in passing (a list of other gateways, the author's employer);
 * - a generic word (日志, 插件, 监控, 注册中心) only when it names the post's topic (日志 for a post on log plugins,
 *   插件开发 for a post on writing plugins), never as a word every post of the site uses (架构, 性能, 功能);
 * - written as the text writes it; a second written form is listed when the text uses both (K8s / Kubernetes,
 *   SpringCloud / Spring Cloud). The benchmark compares unification keys (case, script and spaces beside Han folded).
 * A reader's judgement, not a measurement: the lists are generous to names and strict on generic words, and they are
 * fixed before any rule of that session was written; keys are the posts' `path` in the source JSON.
 */
export const ACCEPTABLE: Readonly<Record<string, readonly string[]>> = {
  // APISIX blog (bench/corpora/apisix-blog-zh.json)
  'blog/zh/blog/2020/12/11/beike-how-to-build-gateway-based-on-apache-apisix.md': ['贝壳找房', '网关', '网关选型', 'Kong', 'NGINX'],
  'blog/zh/blog/2021/05/24/Tencent-Games.md': ['腾讯', 'OTeam', '网关', '网关模式', 'API Gateway'],
  'blog/zh/blog/2021/06/16/Chaos-Mesh-helps-Apache-APISIX-improve-stability.md': ['混沌工程', '混沌测试', 'etcd', 'e2e 测试'],
  'blog/zh/blog/2021/06/28/why-we-need-Apache-APISIX.md': ['云原生', 'Kubernetes Ingress', '服务网格', '微服务网关', '网关', 'NGINX'],
  'blog/zh/blog/2021/07/21/Apache-APISIX-Kubernetes.md': ['Ingress Controller', '张晋涛', '直播', 'Meetup', 'K8s'],
  'blog/zh/blog/2021/08/05/Kong-to-APISIX.md': ['Kong-To-APISIX', '迁移', '声明式配置', '配置迁移'],
  'blog/zh/blog/2021/08/10/apisix-nginx.md': ['etcd', 'OpenResty', 'Nginx 集群', '定时器', 'watch', '动态配置', 'lua-resty-etcd'],
  'blog/zh/blog/2021/08/14/contributors-the-golden-metric-of-openSource-projects.md': ['贡献者', '活跃贡献者', '贡献者增长', '月度活跃贡献者', 'GitHub', '开源', '金指标'],
  'blog/zh/blog/2021/08/19/go-makes-Apache-APISIX-better.md': ['Go Runner', '插件', '插件开发', 'Go Runner SDK', '多语言'],
  'blog/zh/blog/2021/08/25/Using-the-Apache-APISIX-OpenID-Connect-Plugin-for-Centralized-Authentication.md': ['OpenID Connect', 'openid-connect', '身份认证', '集中认证模式', 'OpenID', '认证', '插件'],
  'blog/zh/blog/2021/09/06/python-helps-you-quickly-with-Apache-APISIX-development.md': ['Python Runner', '插件开发', '插件', 'Python Plugin Runner'],
  'blog/zh/blog/2021/09/09/how-to-contribute-to-an-OpenSource-without-coding.md': ['开源', '贡献者', 'committer', '社区', '写文章', '开源贡献', 'Apache'],
  'blog/zh/blog/2021/09/16/tencent-cloud.md': ['智能钛', '智能钛机器学习平台', 'TI-ONE', '机器学习平台', '腾讯', 'Notebook'],
  'blog/zh/blog/2021/09/28/WPS-usercase.md': ['Shared State', 'etcd', '网关迁移', 'OpenResty', 'Kong', '金山文档', '百万级 QPS'],
  'blog/zh/blog/2021/10/09/apisix-ingress-techblog.md': ['APISIX Ingress', 'Ingress Controller', 'CRD', 'K8s', 'APISIX Route', 'APISIX Upstream', '流量切分', 'Kubernetes Ingress Nginx'],
  'blog/zh/blog/2021/10/26/APISIX-Ingress.md': ['APISIX Ingress', 'Ingress Controller', 'Ingress', 'K8s', 'Apache 社区', '社区'],
  'blog/zh/blog/2021/11/04/skywalking.md': ['Apache SkyWalking', 'Tracing', 'Metrics', 'Logging', 'Zipkin', 'OpenTracing', '日志'],
  'blog/zh/blog/2021/11/19/apisix-supports-wasm.md': ['Proxy WASM', 'proxy-wasm-go-sdk', '插件开发', '字节码'],
  'blog/zh/blog/2021/11/30/use-apisix-ingress-in-kubesphere.md': ['APISIX Ingress', 'Prometheus', 'ServiceMonitor', '集群网关', '项目网关', '自定义监控', 'Kubernetes', '网关'],
  'blog/zh/blog/2021/12/08/apisix-integrate-rocketmq-logger-plugin.md': ['RocketMQ', 'rocketmq-logger', '日志', '日志插件', '插件', '日志推送'],
  'blog/zh/blog/2021/12/15/deploy-apisix-in-kubernetes.md': ['K8s', 'Helm', 'Dashboard', '部署', 'APISIX-Dashboard', 'yaml'],
  'blog/zh/blog/2021/12/17/exposure-istio-with-apisix-ingress.md': ['APISIX Ingress', '服务网格', 'Kiali', 'BookInfo', 'Sidecar', 'Ingress'],
  'blog/zh/blog/2021/12/24/open-policy-agent.md': ['opa 插件', '策略引擎', 'Rego', '插件', '策略'],
  'blog/zh/blog/2022/01/11/building-apisix-in-ubuntu-for-arm.md': ['ARM', 'ARM64', 'Ubuntu', 'OpenResty', 'etcd', 'M1', 'Macbook'],
  'blog/zh/blog/2022/01/20/upyun-public-gateway-usecase.md': ['公网网关', 'Ingress 网关', '网关选型', '飞书', '插件', '稳定性'],
  'blog/zh/blog/2022/01/25/apisix-grpc-web-integration.md': ['gRPC Web', 'gRPC-Web', 'Protocol Buffer', 'HTTP/2', 'grpc-web 插件', '代理'],
  'blog/zh/blog/2022/02/16/file-logger-api-gateway.md': ['file-logger', '插件', '日志', 'Lua', 'APISIX 插件'],
  'blog/zh/blog/2022/02/23/csrf-api-gateway.md': ['csrf 插件', '跨站点请求伪造', '插件', '安全插件', '安全'],
  'blog/zh/blog/2022/03/01/apisix-integration-public-api-plugin.md': ['public-api', 'public API', '插件', 'jwt-auth', 'API 安全', '路由保护'],
  'blog/zh/blog/2022/03/03/develop-apisix-with-gitpod.md': ['云 IDE', '开发环境', 'VSCode', 'Chrome 插件'],
  'blog/zh/blog/2022/03/05/apisix-integration-eureka-service-discovery.md': ['Spring Cloud', 'SpringCloud', '注册中心', '微服务', 'Netflix'],
  'blog/zh/blog/2022/06/07/installation-performance-test-of-apigateway-apisix-on-aws-graviton3.md': ['Graviton3', 'AWS Graviton2', 'Graviton2', 'ARM', '性能测试', 'ARM 架构', 'EC2', '性能对比'],
  'blog/zh/blog/2022/06/14/xueqiu-with-apache-apisix.md': ['雪球', '双活', '双活架构', '网关鉴权', '注册中心', '可观测性'],
  'blog/zh/blog/2022/07/05/use-dataant-to-monitor-apisix.md': ['云监控', '全栈云监控', '监控指标'],
  'blog/zh/blog/2022/07/13/monitor-api-gateway-apisix-with-prometheus.md': ['prometheus 插件', '监控', 'APISIX Dashboard', 'Prometheus Exporter', '指标', '可观测性'],
  'blog/zh/blog/2022/07/30/why-we-need-apache-apisix.md': ['云原生', 'Kubernetes Ingress', '服务网格', '微服务网关', '网关'],
  'blog/zh/blog/2022/09/15/apache-apisix-integrat-with-elasticsearch-for-logger.md': ['elasticsearch-logger', '日志上报', '插件', '日志监控', '实时日志'],
  'blog/zh/blog/2022/09/30/huanbei-in-apache-apisix.md': ['还呗', 'Spring Cloud Gateway', '金融系统', '灰度', '网关流量灰度', '云原生', '定制插件'],
  'blog/zh/blog/2022/11/10/what-is-service-in-microservice-discovery.md': ['Consul', 'Eureka', '注册中心', 'DNS', '控制面', '数据面'],
  'blog/zh/blog/2022/11/25/how-apisix-support-1000-pods.md': ['Endpoints', 'EndpointSlice', 'Endpointslices', 'K8s', '副本', 'Ingress', 'Service'],
  // SOFAStack blog (bench/corpora/sofastack-blog-zh.json)
  'content/zh/blog/ant-financial-db-mesh-explore-practice/index.md': ['蚂蚁金服', 'ZDAL', 'OBProxy', 'OceanBase', 'Sidecar', '数据访问', '数据访问代理'],
  'content/zh/blog/antgroup-serverless-task/index.md': ['蚂蚁集团', '分布式调度', 'Serverless Task', '定时调度'],
  'content/zh/blog/microservices-misunderstanding-avoid-monolith-to-distributed-monolith/index.md': ['分布式单体', '单体', 'Event', 'Command', 'Function', 'Serverless', '微服务架构', '耦合'],
  'content/zh/blog/mosn-meetup-4-deploy-automation-at-large-scale/index.md': ['MOSN', '无人值守变更', '变更', '技术风险', '运维', '灰度'],
  'content/zh/blog/serverless-knative-giac/index.md': ['GIAC', '敖小剑', 'Knative 组件'],
  'content/zh/blog/service-mesh-meetup-9-retrospect-technical-risk-practice/index.md': ['蚂蚁金服', '技术风险', 'Sidecar', '变更', '平滑升级', 'SRE', '资源模型'],
  'content/zh/blog/service-mesh-practice-in-production-at-ant-financial-part1-core/index.md': ['蚂蚁金服', '双十一', 'SOFAMosn', 'MOSN', '平滑升级', 'XDS', 'Go', '协程', 'IO 模型'],
  'content/zh/blog/service-mesh-practice-in-production-at-ant-financial-part4-rpc/index.md': ['蚂蚁金服', '双十一', 'RPC', 'MOSN', 'SOA', '框架升级', '分时调度'],
  'content/zh/blog/service-mesh-practice-in-production-at-ant-financial-part6-operator/index.md': ['Operator', 'Sidecar', 'Sidecar 注入', 'Sidecar 升级', '平滑升级', '蚂蚁金服', '双十一'],
  'content/zh/blog/service-mesh-practice-in-production-at-ant-financial-wushi/index.md': ['蚂蚁金服', '微服务', '服务发现', '流量劫持', '平滑迁移', 'Brownfield', '双模微服务', 'SDK'],
  'content/zh/blog/service-mesh-virtual-meetup1-service-mesh-observability-practice/index.md': ['可观察性', 'Istio', 'SkyWalking', '监控', '微服务'],
  'content/zh/blog/service-mesh-webinar-duodian-istio-mosn-dubbo/index.md': ['多点生活', 'Istio', 'MOSN', 'Dubbo', 'Pilot', 'MCP', 'xDS', 'Envoy', 'Dubbo-go'],
  'content/zh/blog/sofa-blot-connection-management-deep-dive/index.md': ['连接管理', '连接池', 'Netty', '自动重连', '通信框架'],
  'content/zh/blog/sofa-bolt-framework-deep-dive/index.md': ['Bolt', '协议框架', 'Netty', '通信框架', '自定义协议'],
  'content/zh/blog/sofa-boot- log-isolation/index.md': ['日志隔离', '日志', 'JCL', 'SLF4J', 'Java 日志', '日志空间隔离'],
  'content/zh/blog/sofa-boot-readiness-check-in-kubernetes/index.md': ['Readiness Check', '健康检查', 'Spring Boot', 'ZooKeeper'],
  'content/zh/blog/sofa-channel-11-retrospect/index.md': ['类隔离', 'Ark 包', 'Ark Plugin', 'Ark Biz', '类隔离容器'],
  'content/zh/blog/sofa-channel-14-retrospect/index.md': ['扩展机制', 'Stream Filter', 'Plugin', '动态库', '云原生网络代理', '插件'],
  'content/zh/blog/sofa-channel-16-retrospect/index.md': ['Kata', '容器隔离', '隔离性', '云原生', 'Pod', '容器', '共享内核'],
  'content/zh/blog/sofa-channel-2-retrospect/index.md': ['性能优化', 'Netty', '序列化', '通讯协议', '连接保持', 'IO 线程池'],
  'content/zh/blog/sofa-channel-5-retrospect/index.md': ['自动化测试', '测试框架', '自动化测试框架', '模型驱动', '代码质量'],
  'content/zh/blog/sofa-channel-7-retrospect/index.md': ['CAFEDeployment', 'Kubernetes', '自定义资源', '分组发布', 'Pod', 'Deployment', 'StatefulSet'],
  'content/zh/blog/sofa-jraft-algorithm-storage-module-deep-dive/index.md': ['Raft', '存储模块', '日志存储', 'RocksDB', '快照存储', '元信息存储', 'LogStorage'],
  'content/zh/blog/sofa-jraft-election-mechanism/index.md': ['Raft', '选举', '选举机制', '预投票', 'Leader 选举'],
  'content/zh/blog/sofa-jraft-priority-election/index.md': ['Raft', '优先级选举', '选举机制', 'Jepsen', 'Leader 选举'],
  'content/zh/blog/sofa-jraft-rheakv/index.md': ['SOFAJRaft-RheaKV', 'RheaKV', 'Raft', 'RocksDB', 'TiKV', 'PD'],
  'content/zh/blog/sofa-meetup-1-jraft/index.md': ['Raft', 'Raft 共识算法', 'Leader 选举', 'Log 复制', 'braft'],
  'content/zh/blog/sofa-meetup-2-2-retrospect/index.md': ['动态模块', 'Ark Biz', 'ark-biz', 'SpringBoot', '合并部署'],
  'content/zh/blog/sofa-registry-data-consistency/index.md': ['数据一致性', '服务注册中心', '注册中心', 'MetaServer', 'SessionServer', 'DataServer', 'Raft'],
  'content/zh/blog/sofa-registry-deep-dive/index.md': ['服务注册中心', '注册中心', '蚂蚁金服', '开源', '数据分片'],
  'content/zh/blog/sofa-registry-service-discovery-optimization/index.md': ['服务发现', '注册中心', '服务推送', 'ConfigServer'],
  'content/zh/blog/sofa-registry-session-storage/index.md': ['Session', 'SessionServer', '会话缓存', '服务注册', '注册中心'],
  'content/zh/blog/sofa-rpc-cross-language-support/index.md': ['跨语言', 'Hessian', 'Protobuf', 'BOLT', 'JSON Over HTTP', '序列化', 'SOFAMosn'],
  'content/zh/blog/sofa-rpc-framework-overall-extension/index.md': ['RPC', 'RPC 框架', '扩展机制', 'BOLT', '总体设计'],
  'content/zh/blog/sofa-rpc-link-tracking/index.md': ['链路追踪', 'TraceId', 'SpanId', 'Trace', 'Span'],
  'content/zh/blog/sofa-rpc-single-machine-fault-culling/index.md': ['故障剔除', '单机故障剔除', '服务降级', '降级', '权重降级'],
  'content/zh/blog/sofa-rpc-threading-model/index.md': ['线程模型', 'IO 模型', 'Reactor', 'NIO', 'BIO', 'Netty', 'SOFABolt', '线程池'],
  'content/zh/blog/sofa-tracer-response-mechanism/index.md': ['数据上报', 'Reporter', 'Disruptor', 'Zipkin', '链路跟踪', '日志落盘', '分布式链路跟踪'],
  'content/zh/blog/sofa-tracer-unvarnished-transmission-slf4j-mdc/index.md': ['链路透传', 'SLF4J', 'MDC', 'SLF4J MDC', 'Opentracing', '链路跟踪', '分布式链路跟踪'],
  'content/zh/blog/sofastack-oschina-2018/index.md': ['蚂蚁金服', 'SOFAStack', '微服务体系', '服务化架构', '双十一', '开源中国', '架构演进'],
};

/** The acceptable terms of a post (none when it has no list). */
export const acceptableOf = (path: string): readonly string[] => ACCEPTABLE[path] ?? [];
