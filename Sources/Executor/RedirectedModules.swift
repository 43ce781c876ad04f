/// Short module names that ansible-core's builtin runtime (ansible_builtin_runtime.yml, 2.21) redirects to a
/// collection (`timezone` to community.general.timezone...): with those collections installed, Ansible knows
/// them, so swansible names them as modules it lacks rather than as misspellings.
enum RedirectedModules {
    static let names: Set<String> = Set(
        """
        a10_server a10_server_axapi3 a10_service_group a10_virtual_server aci_aaa_user aci_aaa_user_certificate
        aci_access_port_block_to_access_port aci_access_port_to_interface_policy_leaf_profile
        aci_access_sub_port_block_to_access_port aci_aep aci_aep_to_domain aci_ap aci_bd aci_bd_subnet aci_bd_to_l3out
        aci_config_rollback aci_config_snapshot aci_contract aci_contract_subject aci_contract_subject_to_filter
        aci_domain aci_domain_to_encap_pool aci_domain_to_vlan_pool aci_encap_pool aci_encap_pool_range aci_epg
        aci_epg_monitoring_policy aci_epg_to_contract aci_epg_to_domain aci_fabric_node aci_fabric_scheduler
        aci_filter aci_filter_entry aci_firmware_group aci_firmware_group_node aci_firmware_policy aci_firmware_source
        aci_interface_policy_cdp aci_interface_policy_fc aci_interface_policy_l2
        aci_interface_policy_leaf_policy_group aci_interface_policy_leaf_profile aci_interface_policy_lldp
        aci_interface_policy_mcp aci_interface_policy_ospf aci_interface_policy_port_channel
        aci_interface_policy_port_security aci_interface_selector_to_switch_policy_leaf_profile aci_intf_policy_fc
        aci_intf_policy_l2 aci_intf_policy_lldp aci_intf_policy_mcp aci_intf_policy_port_channel
        aci_intf_policy_port_security aci_l3out aci_l3out_extepg aci_l3out_extsubnet aci_l3out_route_tag_policy
        aci_maintenance_group aci_maintenance_group_node aci_maintenance_policy aci_rest aci_static_binding_to_epg
        aci_switch_leaf_selector aci_switch_policy_leaf_profile aci_switch_policy_vpc_protection_group
        aci_taboo_contract aci_tenant aci_tenant_action_rule_profile aci_tenant_ep_retention_policy
        aci_tenant_span_dst_group aci_tenant_span_src_group aci_tenant_span_src_group_to_dst_group aci_vlan_pool
        aci_vlan_pool_encap_block aci_vmm_credential aci_vrf acl acme_account acme_account_facts acme_account_info
        acme_certificate acme_certificate_revoke acme_challenge_cert_helper acme_inspect aerospike_migrations
        airbrake_deployment aireos_command aireos_config aix_devices aix_filesystem aix_inittab aix_lvg aix_lvol
        ali_instance ali_instance_facts ali_instance_info alternatives apache2_mod_proxy apache2_module
        apconos_command apk apt_repo apt_rpm archive aruba_command aruba_config asa_acl asa_command asa_config asa_og
        async_status.ps1 at atomic_container atomic_host atomic_image authorized_key avi_actiongroupconfig
        avi_alertconfig avi_alertemailconfig avi_alertscriptconfig avi_alertsyslogconfig avi_analyticsprofile
        avi_api_session avi_api_version avi_applicationpersistenceprofile avi_applicationprofile avi_authprofile
        avi_autoscalelaunchconfig avi_backup avi_backupconfiguration avi_certificatemanagementprofile avi_cloud
        avi_cloudconnectoruser avi_cloudproperties avi_cluster avi_clusterclouddetails avi_controllerproperties
        avi_customipamdnsprofile avi_dnspolicy avi_errorpagebody avi_errorpageprofile avi_gslb avi_gslbgeodbprofile
        avi_gslbservice avi_gslbservice_patch_member avi_hardwaresecuritymodulegroup avi_healthmonitor
        avi_httppolicyset avi_ipaddrgroup avi_ipamdnsproviderprofile avi_l4policyset avi_microservicegroup avi_network
        avi_networkprofile avi_networksecuritypolicy avi_pkiprofile avi_pool avi_poolgroup
        avi_poolgroupdeploymentpolicy avi_prioritylabels avi_role avi_scheduler avi_seproperties
        avi_serverautoscalepolicy avi_serviceengine avi_serviceenginegroup avi_snmptrapprofile
        avi_sslkeyandcertificate avi_sslprofile avi_stringgroup avi_systemconfiguration avi_tenant
        avi_trafficcloneprofile avi_user avi_useraccount avi_useraccountprofile avi_virtualservice avi_vrfcontext
        avi_vsdatascriptset avi_vsvip avi_webhook awall aws_acm aws_acm_facts aws_acm_info aws_api_gateway
        aws_application_scaling_policy aws_az_facts aws_az_info aws_batch_compute_environment aws_batch_job_definition
        aws_batch_job_queue aws_caller_facts aws_caller_info aws_codebuild aws_codecommit aws_codepipeline
        aws_config_aggregation_authorization aws_config_aggregator aws_config_delivery_channel aws_config_recorder
        aws_config_rule aws_direct_connect_connection aws_direct_connect_gateway
        aws_direct_connect_link_aggregation_group aws_direct_connect_virtual_interface aws_eks_cluster
        aws_elasticbeanstalk_app aws_glue_connection aws_glue_job aws_inspector_target aws_kms aws_kms_facts
        aws_kms_info aws_netapp_cvs_FileSystems aws_netapp_cvs_active_directory aws_netapp_cvs_pool
        aws_netapp_cvs_snapshots aws_region_facts aws_region_info aws_s3 aws_s3_bucket_facts aws_s3_bucket_info
        aws_s3_cors aws_secret aws_ses_identity aws_ses_identity_policy aws_ses_rule_set aws_sgw_facts aws_sgw_info
        aws_ssm_parameter_store aws_step_functions_state_machine aws_step_functions_state_machine_execution
        aws_waf_condition aws_waf_facts aws_waf_info aws_waf_rule aws_waf_web_acl azure_rm_acs azure_rm_aks
        azure_rm_aks_facts azure_rm_aks_info azure_rm_aksversion_facts azure_rm_aksversion_info azure_rm_appgateway
        azure_rm_applicationsecuritygroup azure_rm_applicationsecuritygroup_facts
        azure_rm_applicationsecuritygroup_info azure_rm_appserviceplan azure_rm_appserviceplan_facts
        azure_rm_appserviceplan_info azure_rm_automationaccount azure_rm_automationaccount_facts
        azure_rm_automationaccount_info azure_rm_autoscale azure_rm_autoscale_facts azure_rm_autoscale_info
        azure_rm_availabilityset azure_rm_availabilityset_facts azure_rm_availabilityset_info azure_rm_azurefirewall
        azure_rm_azurefirewall_info azure_rm_batchaccount azure_rm_cdnendpoint azure_rm_cdnendpoint_facts
        azure_rm_cdnendpoint_info azure_rm_cdnprofile azure_rm_cdnprofile_facts azure_rm_cdnprofile_info
        azure_rm_containerinstance azure_rm_containerinstance_facts azure_rm_containerinstance_info
        azure_rm_containerregistry azure_rm_containerregistry_facts azure_rm_containerregistry_info
        azure_rm_cosmosdbaccount azure_rm_cosmosdbaccount_facts azure_rm_cosmosdbaccount_info azure_rm_deployment
        azure_rm_deployment_facts azure_rm_deployment_info azure_rm_devtestlab azure_rm_devtestlab_facts
        azure_rm_devtestlab_info azure_rm_devtestlabarmtemplate_facts azure_rm_devtestlabarmtemplate_info
        azure_rm_devtestlabartifact_facts azure_rm_devtestlabartifact_info azure_rm_devtestlabartifactsource
        azure_rm_devtestlabartifactsource_facts azure_rm_devtestlabartifactsource_info azure_rm_devtestlabcustomimage
        azure_rm_devtestlabcustomimage_facts azure_rm_devtestlabcustomimage_info azure_rm_devtestlabenvironment
        azure_rm_devtestlabenvironment_facts azure_rm_devtestlabenvironment_info azure_rm_devtestlabpolicy
        azure_rm_devtestlabpolicy_facts azure_rm_devtestlabpolicy_info azure_rm_devtestlabschedule
        azure_rm_devtestlabschedule_facts azure_rm_devtestlabschedule_info azure_rm_devtestlabvirtualmachine
        azure_rm_devtestlabvirtualmachine_facts azure_rm_devtestlabvirtualmachine_info
        azure_rm_devtestlabvirtualnetwork azure_rm_devtestlabvirtualnetwork_facts
        azure_rm_devtestlabvirtualnetwork_info azure_rm_dnsrecordset azure_rm_dnsrecordset_facts
        azure_rm_dnsrecordset_info azure_rm_dnszone azure_rm_dnszone_facts azure_rm_dnszone_info azure_rm_functionapp
        azure_rm_functionapp_facts azure_rm_functionapp_info azure_rm_gallery azure_rm_gallery_info
        azure_rm_galleryimage azure_rm_galleryimage_info azure_rm_galleryimageversion
        azure_rm_galleryimageversion_info azure_rm_hdinsightcluster azure_rm_hdinsightcluster_facts
        azure_rm_hdinsightcluster_info azure_rm_image azure_rm_image_facts azure_rm_image_info azure_rm_iotdevice
        azure_rm_iotdevice_info azure_rm_iotdevicemodule azure_rm_iothub azure_rm_iothub_info
        azure_rm_iothubconsumergroup azure_rm_keyvault azure_rm_keyvault_info azure_rm_keyvaultkey
        azure_rm_keyvaultkey_info azure_rm_keyvaultsecret azure_rm_loadbalancer azure_rm_loadbalancer_facts
        azure_rm_loadbalancer_info azure_rm_lock azure_rm_lock_facts azure_rm_lock_info azure_rm_loganalyticsworkspace
        azure_rm_loganalyticsworkspace_facts azure_rm_loganalyticsworkspace_info azure_rm_managed_disk
        azure_rm_managed_disk_facts azure_rm_manageddisk azure_rm_manageddisk_facts azure_rm_manageddisk_info
        azure_rm_mariadbconfiguration azure_rm_mariadbconfiguration_facts azure_rm_mariadbconfiguration_info
        azure_rm_mariadbdatabase azure_rm_mariadbdatabase_facts azure_rm_mariadbdatabase_info
        azure_rm_mariadbfirewallrule azure_rm_mariadbfirewallrule_facts azure_rm_mariadbfirewallrule_info
        azure_rm_mariadbserver azure_rm_mariadbserver_facts azure_rm_mariadbserver_info azure_rm_monitorlogprofile
        azure_rm_mysqlconfiguration azure_rm_mysqlconfiguration_facts azure_rm_mysqlconfiguration_info
        azure_rm_mysqldatabase azure_rm_mysqldatabase_facts azure_rm_mysqldatabase_info azure_rm_mysqlfirewallrule
        azure_rm_mysqlfirewallrule_facts azure_rm_mysqlfirewallrule_info azure_rm_mysqlserver
        azure_rm_mysqlserver_facts azure_rm_mysqlserver_info azure_rm_networkinterface azure_rm_networkinterface_facts
        azure_rm_networkinterface_info azure_rm_postgresqlconfiguration azure_rm_postgresqlconfiguration_facts
        azure_rm_postgresqlconfiguration_info azure_rm_postgresqldatabase azure_rm_postgresqldatabase_facts
        azure_rm_postgresqldatabase_info azure_rm_postgresqlfirewallrule azure_rm_postgresqlfirewallrule_facts
        azure_rm_postgresqlfirewallrule_info azure_rm_postgresqlserver azure_rm_postgresqlserver_facts
        azure_rm_postgresqlserver_info azure_rm_publicipaddress azure_rm_publicipaddress_facts
        azure_rm_publicipaddress_info azure_rm_rediscache azure_rm_rediscache_facts azure_rm_rediscache_info
        azure_rm_rediscachefirewallrule azure_rm_resource azure_rm_resource_facts azure_rm_resource_info
        azure_rm_resourcegroup azure_rm_resourcegroup_facts azure_rm_resourcegroup_info azure_rm_roleassignment
        azure_rm_roleassignment_facts azure_rm_roleassignment_info azure_rm_roledefinition
        azure_rm_roledefinition_facts azure_rm_roledefinition_info azure_rm_route azure_rm_routetable
        azure_rm_routetable_facts azure_rm_routetable_info azure_rm_securitygroup azure_rm_securitygroup_facts
        azure_rm_securitygroup_info azure_rm_servicebus azure_rm_servicebus_facts azure_rm_servicebus_info
        azure_rm_servicebusqueue azure_rm_servicebussaspolicy azure_rm_servicebustopic
        azure_rm_servicebustopicsubscription azure_rm_snapshot azure_rm_sqldatabase azure_rm_sqldatabase_facts
        azure_rm_sqldatabase_info azure_rm_sqlfirewallrule azure_rm_sqlfirewallrule_facts
        azure_rm_sqlfirewallrule_info azure_rm_sqlserver azure_rm_sqlserver_facts azure_rm_sqlserver_info
        azure_rm_storageaccount azure_rm_storageaccount_facts azure_rm_storageaccount_info azure_rm_storageblob
        azure_rm_subnet azure_rm_subnet_facts azure_rm_subnet_info azure_rm_trafficmanagerendpoint
        azure_rm_trafficmanagerendpoint_facts azure_rm_trafficmanagerendpoint_info azure_rm_trafficmanagerprofile
        azure_rm_trafficmanagerprofile_facts azure_rm_trafficmanagerprofile_info azure_rm_virtualmachine
        azure_rm_virtualmachine_extension azure_rm_virtualmachine_facts azure_rm_virtualmachine_info
        azure_rm_virtualmachine_scaleset azure_rm_virtualmachine_scaleset_facts azure_rm_virtualmachineextension
        azure_rm_virtualmachineextension_facts azure_rm_virtualmachineextension_info
        azure_rm_virtualmachineimage_facts azure_rm_virtualmachineimage_info azure_rm_virtualmachinescaleset
        azure_rm_virtualmachinescaleset_facts azure_rm_virtualmachinescaleset_info
        azure_rm_virtualmachinescalesetextension azure_rm_virtualmachinescalesetextension_facts
        azure_rm_virtualmachinescalesetextension_info azure_rm_virtualmachinescalesetinstance
        azure_rm_virtualmachinescalesetinstance_facts azure_rm_virtualmachinescalesetinstance_info
        azure_rm_virtualnetwork azure_rm_virtualnetwork_facts azure_rm_virtualnetwork_info
        azure_rm_virtualnetworkgateway azure_rm_virtualnetworkpeering azure_rm_virtualnetworkpeering_facts
        azure_rm_virtualnetworkpeering_info azure_rm_webapp azure_rm_webapp_facts azure_rm_webapp_info
        azure_rm_webappslot bcf_switch beadm bearychat bigip_apm_acl bigip_apm_network_access bigip_apm_policy_fetch
        bigip_apm_policy_import bigip_appsvcs_extension bigip_asm_dos_application bigip_asm_policy_fetch
        bigip_asm_policy_import bigip_asm_policy_manage bigip_asm_policy_server_technology
        bigip_asm_policy_signature_set bigip_cli_alias bigip_cli_script bigip_command bigip_config
        bigip_configsync_action bigip_data_group bigip_device_auth bigip_device_auth_ldap bigip_device_certificate
        bigip_device_connectivity bigip_device_dns bigip_device_facts bigip_device_group bigip_device_group_member
        bigip_device_ha_group bigip_device_httpd bigip_device_info bigip_device_license bigip_device_ntp
        bigip_device_sshd bigip_device_syslog bigip_device_traffic_group bigip_device_trust bigip_dns_cache_resolver
        bigip_dns_nameserver bigip_dns_resolver bigip_dns_zone bigip_file_copy bigip_firewall_address_list
        bigip_firewall_dos_profile bigip_firewall_dos_vector bigip_firewall_global_rules bigip_firewall_log_profile
        bigip_firewall_log_profile_network bigip_firewall_policy bigip_firewall_port_list bigip_firewall_rule
        bigip_firewall_rule_list bigip_firewall_schedule bigip_gtm_datacenter bigip_gtm_global bigip_gtm_monitor_bigip
        bigip_gtm_monitor_external bigip_gtm_monitor_firepass bigip_gtm_monitor_http bigip_gtm_monitor_https
        bigip_gtm_monitor_tcp bigip_gtm_monitor_tcp_half_open bigip_gtm_pool bigip_gtm_pool_member bigip_gtm_server
        bigip_gtm_topology_record bigip_gtm_topology_region bigip_gtm_virtual_server bigip_gtm_wide_ip bigip_hostname
        bigip_iapp_service bigip_iapp_template bigip_iapplx_package bigip_ike_peer bigip_imish_config
        bigip_ipsec_policy bigip_irule bigip_log_destination bigip_log_publisher bigip_lx_package
        bigip_management_route bigip_message_routing_peer bigip_message_routing_protocol bigip_message_routing_route
        bigip_message_routing_router bigip_message_routing_transport_config bigip_monitor_dns bigip_monitor_external
        bigip_monitor_gateway_icmp bigip_monitor_http bigip_monitor_https bigip_monitor_ldap bigip_monitor_snmp_dca
        bigip_monitor_tcp bigip_monitor_tcp_echo bigip_monitor_tcp_half_open bigip_monitor_udp bigip_node
        bigip_partition bigip_password_policy bigip_policy bigip_policy_rule bigip_pool bigip_pool_member
        bigip_profile_analytics bigip_profile_client_ssl bigip_profile_dns bigip_profile_fastl4 bigip_profile_http
        bigip_profile_http2 bigip_profile_http_compression bigip_profile_oneconnect bigip_profile_persistence_cookie
        bigip_profile_persistence_src_addr bigip_profile_server_ssl bigip_profile_tcp bigip_profile_udp
        bigip_provision bigip_qkview bigip_remote_role bigip_remote_syslog bigip_remote_user bigip_routedomain
        bigip_security_address_list bigip_security_port_list bigip_selfip bigip_service_policy bigip_smtp
        bigip_snat_pool bigip_snat_translation bigip_snmp bigip_snmp_community bigip_snmp_trap bigip_software_image
        bigip_software_install bigip_software_update bigip_ssl_certificate bigip_ssl_key bigip_ssl_ocsp
        bigip_static_route bigip_sys_daemon_log_tmm bigip_sys_db bigip_sys_global bigip_timer_policy
        bigip_traffic_group bigip_traffic_selector bigip_trunk bigip_tunnel bigip_ucs bigip_ucs_fetch bigip_user
        bigip_vcmp_guest bigip_virtual_address bigip_virtual_server bigip_vlan bigip_wait bigiq_application_fasthttp
        bigiq_application_fastl4_tcp bigiq_application_fastl4_udp bigiq_application_http
        bigiq_application_https_offload bigiq_application_https_waf bigiq_device_discovery bigiq_device_info
        bigiq_regkey_license bigiq_regkey_license_assignment bigiq_regkey_pool bigiq_utility_license
        bigiq_utility_license_assignment bigmon_chain bigmon_policy bigpanda bitbucket_access_key
        bitbucket_pipeline_key_pair bitbucket_pipeline_known_host bitbucket_pipeline_variable bower bundler bzr
        campfire capabilities catapult ce_aaa_server ce_aaa_server_host ce_acl ce_acl_advance ce_acl_interface
        ce_bfd_global ce_bfd_session ce_bfd_view ce_bgp ce_bgp_af ce_bgp_neighbor ce_bgp_neighbor_af ce_command
        ce_config ce_dldp ce_dldp_interface ce_eth_trunk ce_evpn_bd_vni ce_evpn_bgp ce_evpn_bgp_rr ce_evpn_global
        ce_facts ce_file_copy ce_info_center_debug ce_info_center_global ce_info_center_log ce_info_center_trap
        ce_interface ce_interface_ospf ce_ip_interface ce_is_is_instance ce_is_is_interface ce_is_is_view ce_lacp
        ce_link_status ce_lldp ce_lldp_interface ce_mdn_interface ce_mlag_config ce_mlag_interface ce_mtu
        ce_multicast_global ce_multicast_igmp_enable ce_netconf ce_netstream_aging ce_netstream_export
        ce_netstream_global ce_netstream_template ce_ntp ce_ntp_auth ce_ospf ce_ospf_vrf ce_reboot ce_rollback
        ce_sflow ce_snmp_community ce_snmp_contact ce_snmp_location ce_snmp_target_host ce_snmp_traps ce_snmp_user
        ce_startup ce_static_route ce_static_route_bfd ce_stp ce_switchport ce_vlan ce_vrf ce_vrf_af ce_vrf_interface
        ce_vrrp ce_vxlan_arp ce_vxlan_gateway ce_vxlan_global ce_vxlan_tunnel ce_vxlan_vap certificate_complete_chain
        checkpoint_access_layer_facts checkpoint_access_rule checkpoint_access_rule_facts checkpoint_host
        checkpoint_host_facts checkpoint_object_facts checkpoint_run_script checkpoint_session checkpoint_task_facts
        circonus_annotation cisco_spark clc_aa_policy clc_alert_policy clc_blueprint_package clc_firewall_policy
        clc_group clc_loadbalancer clc_modify_server clc_publicip clc_server clc_server_snapshot cli_command
        cli_config cloud_init_data_facts cloudflare_dns cloudformation cloudformation_exports_info
        cloudformation_facts cloudformation_info cloudformation_stack_set cloudfront_distribution cloudfront_facts
        cloudfront_info cloudfront_invalidation cloudfront_origin_access_identity cloudscale_floating_ip
        cloudscale_server cloudscale_server_group cloudscale_volume cloudtrail cloudwatchevent_rule
        cloudwatchlogs_log_group cloudwatchlogs_log_group_facts cloudwatchlogs_log_group_info
        cloudwatchlogs_log_group_metric_filter cnos_backup cnos_banner cnos_bgp cnos_command cnos_conditional_command
        cnos_conditional_template cnos_config cnos_factory cnos_facts cnos_image cnos_interface cnos_l2_interface
        cnos_l3_interface cnos_linkagg cnos_lldp cnos_logging cnos_reload cnos_rollback cnos_save cnos_showrun
        cnos_static_route cnos_system cnos_template cnos_user cnos_vlag cnos_vlan cnos_vrf cobbler_sync cobbler_system
        composer consul consul_acl consul_kv consul_session cp_mgmt_access_layer cp_mgmt_access_layer_facts
        cp_mgmt_access_role cp_mgmt_access_role_facts cp_mgmt_access_rule cp_mgmt_access_rule_facts
        cp_mgmt_address_range cp_mgmt_address_range_facts cp_mgmt_administrator cp_mgmt_administrator_facts
        cp_mgmt_application_site cp_mgmt_application_site_category cp_mgmt_application_site_category_facts
        cp_mgmt_application_site_facts cp_mgmt_application_site_group cp_mgmt_application_site_group_facts
        cp_mgmt_assign_global_assignment cp_mgmt_discard cp_mgmt_dns_domain cp_mgmt_dns_domain_facts
        cp_mgmt_dynamic_object cp_mgmt_dynamic_object_facts cp_mgmt_exception_group cp_mgmt_exception_group_facts
        cp_mgmt_global_assignment cp_mgmt_global_assignment_facts cp_mgmt_group cp_mgmt_group_facts
        cp_mgmt_group_with_exclusion cp_mgmt_group_with_exclusion_facts cp_mgmt_host cp_mgmt_host_facts
        cp_mgmt_install_policy cp_mgmt_mds_facts cp_mgmt_multicast_address_range cp_mgmt_multicast_address_range_facts
        cp_mgmt_network cp_mgmt_network_facts cp_mgmt_package cp_mgmt_package_facts cp_mgmt_publish cp_mgmt_put_file
        cp_mgmt_run_ips_update cp_mgmt_run_script cp_mgmt_security_zone cp_mgmt_security_zone_facts
        cp_mgmt_service_dce_rpc cp_mgmt_service_dce_rpc_facts cp_mgmt_service_group cp_mgmt_service_group_facts
        cp_mgmt_service_icmp cp_mgmt_service_icmp6 cp_mgmt_service_icmp6_facts cp_mgmt_service_icmp_facts
        cp_mgmt_service_other cp_mgmt_service_other_facts cp_mgmt_service_rpc cp_mgmt_service_rpc_facts
        cp_mgmt_service_sctp cp_mgmt_service_sctp_facts cp_mgmt_service_tcp cp_mgmt_service_tcp_facts
        cp_mgmt_service_udp cp_mgmt_service_udp_facts cp_mgmt_session_facts cp_mgmt_simple_gateway
        cp_mgmt_simple_gateway_facts cp_mgmt_tag cp_mgmt_tag_facts cp_mgmt_threat_exception
        cp_mgmt_threat_exception_facts cp_mgmt_threat_indicator cp_mgmt_threat_indicator_facts cp_mgmt_threat_layer
        cp_mgmt_threat_layer_facts cp_mgmt_threat_profile cp_mgmt_threat_profile_facts
        cp_mgmt_threat_protection_override cp_mgmt_threat_rule cp_mgmt_threat_rule_facts cp_mgmt_time
        cp_mgmt_time_facts cp_mgmt_verify_policy cp_mgmt_vpn_community_meshed cp_mgmt_vpn_community_meshed_facts
        cp_mgmt_vpn_community_star cp_mgmt_vpn_community_star_facts cp_mgmt_wildcard cp_mgmt_wildcard_facts cp_publish
        cpanm cpm_plugconfig cpm_plugcontrol cpm_serial_port_config cpm_serial_port_info cpm_user cronvar crypttab
        cs_account cs_affinitygroup cs_cluster cs_configuration cs_disk_offering cs_domain cs_facts cs_firewall
        cs_host cs_image_store cs_instance cs_instance_facts cs_instance_info cs_instance_nic
        cs_instance_nic_secondaryip cs_instance_password_reset cs_instancegroup cs_ip_address cs_iso
        cs_loadbalancer_rule cs_loadbalancer_rule_member cs_network cs_network_acl cs_network_acl_rule
        cs_network_offering cs_physical_network cs_pod cs_portforward cs_project cs_region cs_resourcelimit cs_role
        cs_role_permission cs_router cs_securitygroup cs_securitygroup_rule cs_service_offering cs_snapshot_policy
        cs_sshkeypair cs_staticnat cs_storage_pool cs_template cs_traffic_type cs_user cs_vlan_ip_range cs_vmsnapshot
        cs_volume cs_vpc cs_vpc_offering cs_vpn_connection cs_vpn_customer_gateway cs_vpn_gateway cs_zone
        cs_zone_facts cs_zone_info cv_server_provision cyberark_authentication cyberark_user data_pipeline
        datadog_event datadog_monitor dconf dellos10_command dellos10_config dellos10_facts dellos6_command
        dellos6_config dellos6_facts dellos9_command dellos9_config dellos9_facts deploy_helper digital_ocean
        digital_ocean_account_facts digital_ocean_account_info digital_ocean_block_storage digital_ocean_certificate
        digital_ocean_certificate_facts digital_ocean_certificate_info digital_ocean_domain digital_ocean_domain_facts
        digital_ocean_domain_info digital_ocean_droplet digital_ocean_firewall_facts digital_ocean_firewall_info
        digital_ocean_floating_ip digital_ocean_floating_ip_facts digital_ocean_floating_ip_info
        digital_ocean_image_facts digital_ocean_image_info digital_ocean_load_balancer_facts
        digital_ocean_load_balancer_info digital_ocean_region_facts digital_ocean_region_info digital_ocean_size_facts
        digital_ocean_size_info digital_ocean_snapshot_facts digital_ocean_snapshot_info digital_ocean_sshkey
        digital_ocean_sshkey_facts digital_ocean_sshkey_info digital_ocean_tag digital_ocean_tag_facts
        digital_ocean_tag_info digital_ocean_volume_facts digital_ocean_volume_info dimensiondata_network
        dimensiondata_vlan django_manage dladm_etherstub dladm_iptun dladm_linkprop dladm_vlan dladm_vnic dms_endpoint
        dms_replication_subnet_group dnsimple dnsmadeeasy docker_compose docker_config docker_container
        docker_container_info docker_host_info docker_image docker_image_facts docker_image_info docker_login
        docker_network docker_network_info docker_node docker_node_info docker_prune docker_secret docker_service
        docker_stack docker_swarm docker_swarm_info docker_swarm_service docker_swarm_service_info docker_volume
        docker_volume_info dynamodb_table dynamodb_ttl easy_install ec2 ec2_ami ec2_ami_copy ec2_ami_facts
        ec2_ami_info ec2_asg ec2_asg_facts ec2_asg_info ec2_asg_lifecycle_hook ec2_customer_gateway
        ec2_customer_gateway_facts ec2_customer_gateway_info ec2_eip ec2_eip_facts ec2_eip_info ec2_elb ec2_elb_facts
        ec2_elb_info ec2_elb_lb ec2_eni ec2_eni_facts ec2_eni_info ec2_group ec2_group_facts ec2_group_info
        ec2_instance ec2_instance_facts ec2_instance_info ec2_key ec2_launch_template ec2_lc ec2_lc_facts ec2_lc_find
        ec2_lc_info ec2_metadata_facts ec2_metric_alarm ec2_placement_group ec2_placement_group_facts
        ec2_placement_group_info ec2_scaling_policy ec2_snapshot ec2_snapshot_copy ec2_snapshot_facts
        ec2_snapshot_info ec2_tag ec2_tag_info ec2_transit_gateway ec2_transit_gateway_info ec2_vol ec2_vol_facts
        ec2_vol_info ec2_vpc_dhcp_option ec2_vpc_dhcp_option_facts ec2_vpc_dhcp_option_info ec2_vpc_egress_igw
        ec2_vpc_endpoint ec2_vpc_endpoint_facts ec2_vpc_endpoint_info ec2_vpc_igw ec2_vpc_igw_facts ec2_vpc_igw_info
        ec2_vpc_nacl ec2_vpc_nacl_facts ec2_vpc_nacl_info ec2_vpc_nat_gateway ec2_vpc_nat_gateway_facts
        ec2_vpc_nat_gateway_info ec2_vpc_net ec2_vpc_net_facts ec2_vpc_net_info ec2_vpc_peer ec2_vpc_peering_facts
        ec2_vpc_peering_info ec2_vpc_route_table ec2_vpc_route_table_facts ec2_vpc_route_table_info ec2_vpc_subnet
        ec2_vpc_subnet_facts ec2_vpc_subnet_info ec2_vpc_vgw ec2_vpc_vgw_facts ec2_vpc_vgw_info ec2_vpc_vpn
        ec2_vpc_vpn_facts ec2_vpc_vpn_info ec2_win_password ecs_attribute ecs_certificate ecs_cluster ecs_domain
        ecs_ecr ecs_service ecs_service_facts ecs_service_info ecs_tag ecs_task ecs_taskdefinition
        ecs_taskdefinition_facts ecs_taskdefinition_info edgeos_command edgeos_config edgeos_facts edgeswitch_facts
        edgeswitch_vlan efs efs_facts efs_info ejabberd_user elasticache elasticache_facts elasticache_info
        elasticache_parameter_group elasticache_snapshot elasticache_subnet_group elasticsearch_plugin
        elb_application_lb elb_application_lb_facts elb_application_lb_info elb_classic_lb elb_classic_lb_facts
        elb_classic_lb_info elb_instance elb_network_lb elb_target elb_target_facts elb_target_group
        elb_target_group_facts elb_target_group_info elb_target_info emc_vnx_sg_member enos_command enos_config
        enos_facts eos_acl_interfaces eos_acls eos_banner eos_bgp eos_command eos_config eos_eapi eos_facts
        eos_interface eos_interfaces eos_l2_interface eos_l2_interfaces eos_l3_interface eos_l3_interfaces eos_lacp
        eos_lacp_interfaces eos_lag_interfaces eos_linkagg eos_lldp eos_lldp_global eos_lldp_interfaces eos_logging
        eos_ospfv2 eos_static_route eos_static_routes eos_system eos_user eos_vlan eos_vlans eos_vrf
        eric_eccli_command etcd3 execute_lambda exo_dns_domain exo_dns_record exos_command exos_config exos_facts
        exos_l2_interfaces exos_lldp_global exos_lldp_interfaces exos_vlans facter faz_device filesystem firewalld
        flatpak flatpak_remote flowadm flowdock fmgr_device fmgr_device_config fmgr_device_group
        fmgr_device_provision_template fmgr_fwobj_address fmgr_fwobj_ippool fmgr_fwobj_ippool6 fmgr_fwobj_service
        fmgr_fwobj_vip fmgr_fwpol_ipv4 fmgr_fwpol_package fmgr_ha fmgr_provisioning fmgr_query fmgr_script
        fmgr_secprof_appctrl fmgr_secprof_av fmgr_secprof_dns fmgr_secprof_ips fmgr_secprof_profile_group
        fmgr_secprof_proxy fmgr_secprof_spam fmgr_secprof_ssl_ssh fmgr_secprof_voip fmgr_secprof_waf
        fmgr_secprof_wanopt fmgr_secprof_web foreman fortios_address fortios_alertemail_setting
        fortios_antivirus_heuristic fortios_antivirus_profile fortios_antivirus_quarantine fortios_antivirus_settings
        fortios_application_custom fortios_application_group fortios_application_list fortios_application_name
        fortios_application_rule_settings fortios_authentication_rule fortios_authentication_scheme
        fortios_authentication_setting fortios_config fortios_dlp_filepattern fortios_dlp_fp_doc_source
        fortios_dlp_fp_sensitivity fortios_dlp_sensor fortios_dlp_settings fortios_dnsfilter_domain_filter
        fortios_dnsfilter_profile fortios_endpoint_control_client fortios_endpoint_control_forticlient_ems
        fortios_endpoint_control_forticlient_registration_sync fortios_endpoint_control_profile
        fortios_endpoint_control_settings fortios_extender_controller_extender fortios_facts
        fortios_firewall_DoS_policy fortios_firewall_DoS_policy6 fortios_firewall_address fortios_firewall_address6
        fortios_firewall_address6_template fortios_firewall_addrgrp fortios_firewall_addrgrp6
        fortios_firewall_auth_portal fortios_firewall_central_snat_map fortios_firewall_dnstranslation
        fortios_firewall_identity_based_route fortios_firewall_interface_policy fortios_firewall_interface_policy6
        fortios_firewall_internet_service fortios_firewall_internet_service_custom
        fortios_firewall_internet_service_group fortios_firewall_ip_translation fortios_firewall_ipmacbinding_setting
        fortios_firewall_ipmacbinding_table fortios_firewall_ippool fortios_firewall_ippool6
        fortios_firewall_ipv6_eh_filter fortios_firewall_ldb_monitor fortios_firewall_local_in_policy
        fortios_firewall_local_in_policy6 fortios_firewall_multicast_address fortios_firewall_multicast_address6
        fortios_firewall_multicast_policy fortios_firewall_multicast_policy6 fortios_firewall_policy
        fortios_firewall_policy46 fortios_firewall_policy6 fortios_firewall_policy64 fortios_firewall_profile_group
        fortios_firewall_profile_protocol_options fortios_firewall_proxy_address fortios_firewall_proxy_addrgrp
        fortios_firewall_proxy_policy fortios_firewall_schedule_group fortios_firewall_schedule_onetime
        fortios_firewall_schedule_recurring fortios_firewall_service_category fortios_firewall_service_custom
        fortios_firewall_service_group fortios_firewall_shaper_per_ip_shaper fortios_firewall_shaper_traffic_shaper
        fortios_firewall_shaping_policy fortios_firewall_shaping_profile fortios_firewall_sniffer
        fortios_firewall_ssh_host_key fortios_firewall_ssh_local_ca fortios_firewall_ssh_local_key
        fortios_firewall_ssh_setting fortios_firewall_ssl_server fortios_firewall_ssl_setting
        fortios_firewall_ssl_ssh_profile fortios_firewall_ttl_policy fortios_firewall_vip fortios_firewall_vip46
        fortios_firewall_vip6 fortios_firewall_vip64 fortios_firewall_vipgrp fortios_firewall_vipgrp46
        fortios_firewall_vipgrp6 fortios_firewall_vipgrp64 fortios_firewall_wildcard_fqdn_custom
        fortios_firewall_wildcard_fqdn_group fortios_ftp_proxy_explicit fortios_icap_profile fortios_icap_server
        fortios_ips_custom fortios_ips_decoder fortios_ips_global fortios_ips_rule fortios_ips_rule_settings
        fortios_ips_sensor fortios_ips_settings fortios_ipv4_policy fortios_log_custom_field fortios_log_disk_filter
        fortios_log_disk_setting fortios_log_eventfilter fortios_log_fortianalyzer2_filter
        fortios_log_fortianalyzer2_setting fortios_log_fortianalyzer3_filter fortios_log_fortianalyzer3_setting
        fortios_log_fortianalyzer_filter fortios_log_fortianalyzer_override_filter
        fortios_log_fortianalyzer_override_setting fortios_log_fortianalyzer_setting fortios_log_fortiguard_filter
        fortios_log_fortiguard_override_filter fortios_log_fortiguard_override_setting fortios_log_fortiguard_setting
        fortios_log_gui_display fortios_log_memory_filter fortios_log_memory_global_setting fortios_log_memory_setting
        fortios_log_null_device_filter fortios_log_null_device_setting fortios_log_setting fortios_log_syslogd2_filter
        fortios_log_syslogd2_setting fortios_log_syslogd3_filter fortios_log_syslogd3_setting
        fortios_log_syslogd4_filter fortios_log_syslogd4_setting fortios_log_syslogd_filter
        fortios_log_syslogd_override_filter fortios_log_syslogd_override_setting fortios_log_syslogd_setting
        fortios_log_threat_weight fortios_log_webtrends_filter fortios_log_webtrends_setting fortios_report_chart
        fortios_report_dataset fortios_report_layout fortios_report_setting fortios_report_style fortios_report_theme
        fortios_router_access_list fortios_router_access_list6 fortios_router_aspath_list fortios_router_auth_path
        fortios_router_bfd fortios_router_bfd6 fortios_router_bgp fortios_router_community_list fortios_router_isis
        fortios_router_key_chain fortios_router_multicast fortios_router_multicast6 fortios_router_multicast_flow
        fortios_router_ospf fortios_router_ospf6 fortios_router_policy fortios_router_policy6
        fortios_router_prefix_list fortios_router_prefix_list6 fortios_router_rip fortios_router_ripng
        fortios_router_route_map fortios_router_setting fortios_router_static fortios_router_static6
        fortios_spamfilter_bwl fortios_spamfilter_bword fortios_spamfilter_dnsbl fortios_spamfilter_fortishield
        fortios_spamfilter_iptrust fortios_spamfilter_mheader fortios_spamfilter_options fortios_spamfilter_profile
        fortios_ssh_filter_profile fortios_switch_controller_802_1X_settings fortios_switch_controller_custom_command
        fortios_switch_controller_global fortios_switch_controller_igmp_snooping
        fortios_switch_controller_lldp_profile fortios_switch_controller_lldp_settings
        fortios_switch_controller_mac_sync_settings fortios_switch_controller_managed_switch
        fortios_switch_controller_network_monitor_settings fortios_switch_controller_qos_dot1p_map
        fortios_switch_controller_qos_ip_dscp_map fortios_switch_controller_qos_qos_policy
        fortios_switch_controller_qos_queue_policy fortios_switch_controller_quarantine
        fortios_switch_controller_security_policy_802_1X fortios_switch_controller_security_policy_captive_portal
        fortios_switch_controller_sflow fortios_switch_controller_storm_control fortios_switch_controller_stp_settings
        fortios_switch_controller_switch_group fortios_switch_controller_switch_interface_tag
        fortios_switch_controller_switch_log fortios_switch_controller_switch_profile fortios_switch_controller_system
        fortios_switch_controller_virtual_port_pool fortios_switch_controller_vlan fortios_system_accprofile
        fortios_system_admin fortios_system_affinity_interrupt fortios_system_affinity_packet_redistribution
        fortios_system_alarm fortios_system_alias fortios_system_api_user fortios_system_arp_table
        fortios_system_auto_install fortios_system_auto_script fortios_system_automation_action
        fortios_system_automation_destination fortios_system_automation_stitch fortios_system_automation_trigger
        fortios_system_autoupdate_push_update fortios_system_autoupdate_schedule fortios_system_autoupdate_tunneling
        fortios_system_central_management fortios_system_cluster_sync fortios_system_console fortios_system_csf
        fortios_system_custom_language fortios_system_ddns fortios_system_dedicated_mgmt fortios_system_dhcp6_server
        fortios_system_dhcp_server fortios_system_dns fortios_system_dns_database fortios_system_dns_server
        fortios_system_dscp_based_priority fortios_system_email_server fortios_system_external_resource
        fortios_system_fips_cc fortios_system_firmware_upgrade fortios_system_fm fortios_system_fortiguard
        fortios_system_fortimanager fortios_system_fortisandbox fortios_system_fsso_polling fortios_system_ftm_push
        fortios_system_geoip_override fortios_system_global fortios_system_gre_tunnel fortios_system_ha
        fortios_system_ha_monitor fortios_system_interface fortios_system_ipip_tunnel fortios_system_ips_urlfilter_dns
        fortios_system_ips_urlfilter_dns6 fortios_system_ipv6_neighbor_cache fortios_system_ipv6_tunnel
        fortios_system_link_monitor fortios_system_mac_address_table fortios_system_management_tunnel
        fortios_system_mobile_tunnel fortios_system_nat64 fortios_system_nd_proxy fortios_system_netflow
        fortios_system_network_visibility fortios_system_ntp fortios_system_object_tagging
        fortios_system_password_policy fortios_system_password_policy_guest_admin fortios_system_pppoe_interface
        fortios_system_probe_response fortios_system_proxy_arp fortios_system_replacemsg_admin
        fortios_system_replacemsg_alertmail fortios_system_replacemsg_auth
        fortios_system_replacemsg_device_detection_portal fortios_system_replacemsg_ec
        fortios_system_replacemsg_fortiguard_wf fortios_system_replacemsg_ftp fortios_system_replacemsg_group
        fortios_system_replacemsg_http fortios_system_replacemsg_icap fortios_system_replacemsg_image
        fortios_system_replacemsg_mail fortios_system_replacemsg_nac_quar fortios_system_replacemsg_nntp
        fortios_system_replacemsg_spam fortios_system_replacemsg_sslvpn fortios_system_replacemsg_traffic_quota
        fortios_system_replacemsg_utm fortios_system_replacemsg_webproxy fortios_system_resource_limits
        fortios_system_sdn_connector fortios_system_session_helper fortios_system_session_ttl fortios_system_settings
        fortios_system_sflow fortios_system_sit_tunnel fortios_system_sms_server fortios_system_snmp_community
        fortios_system_snmp_sysinfo fortios_system_snmp_user fortios_system_storage fortios_system_switch_interface
        fortios_system_tos_based_priority fortios_system_vdom fortios_system_vdom_dns fortios_system_vdom_exception
        fortios_system_vdom_link fortios_system_vdom_netflow fortios_system_vdom_property
        fortios_system_vdom_radius_server fortios_system_vdom_sflow fortios_system_virtual_wan_link
        fortios_system_virtual_wire_pair fortios_system_vxlan fortios_system_wccp fortios_system_zone
        fortios_user_adgrp fortios_user_device fortios_user_device_access_list fortios_user_device_category
        fortios_user_device_group fortios_user_domain_controller fortios_user_fortitoken fortios_user_fsso
        fortios_user_fsso_polling fortios_user_group fortios_user_krb_keytab fortios_user_ldap fortios_user_local
        fortios_user_password_policy fortios_user_peer fortios_user_peergrp fortios_user_pop3 fortios_user_quarantine
        fortios_user_radius fortios_user_security_exempt_list fortios_user_setting fortios_user_tacacsplus
        fortios_voip_profile fortios_vpn_certificate_ca fortios_vpn_certificate_crl fortios_vpn_certificate_local
        fortios_vpn_certificate_ocsp_server fortios_vpn_certificate_remote fortios_vpn_certificate_setting
        fortios_vpn_ipsec_concentrator fortios_vpn_ipsec_forticlient fortios_vpn_ipsec_manualkey
        fortios_vpn_ipsec_manualkey_interface fortios_vpn_ipsec_phase1 fortios_vpn_ipsec_phase1_interface
        fortios_vpn_ipsec_phase2 fortios_vpn_ipsec_phase2_interface fortios_vpn_l2tp fortios_vpn_pptp
        fortios_vpn_ssl_settings fortios_vpn_ssl_web_host_check_software fortios_vpn_ssl_web_portal
        fortios_vpn_ssl_web_realm fortios_vpn_ssl_web_user_bookmark fortios_vpn_ssl_web_user_group_bookmark
        fortios_waf_main_class fortios_waf_profile fortios_waf_signature fortios_waf_sub_class
        fortios_wanopt_auth_group fortios_wanopt_cache_service fortios_wanopt_content_delivery_network_rule
        fortios_wanopt_peer fortios_wanopt_profile fortios_wanopt_remote_storage fortios_wanopt_settings
        fortios_wanopt_webcache fortios_web_proxy_debug_url fortios_web_proxy_explicit
        fortios_web_proxy_forward_server fortios_web_proxy_forward_server_group fortios_web_proxy_global
        fortios_web_proxy_profile fortios_web_proxy_url_match fortios_web_proxy_wisp fortios_webfilter
        fortios_webfilter_content fortios_webfilter_content_header fortios_webfilter_fortiguard
        fortios_webfilter_ftgd_local_cat fortios_webfilter_ftgd_local_rating
        fortios_webfilter_ips_urlfilter_cache_setting fortios_webfilter_ips_urlfilter_setting
        fortios_webfilter_ips_urlfilter_setting6 fortios_webfilter_override fortios_webfilter_profile
        fortios_webfilter_search_engine fortios_webfilter_urlfilter fortios_wireless_controller_ap_status
        fortios_wireless_controller_ble_profile fortios_wireless_controller_bonjour_profile
        fortios_wireless_controller_global fortios_wireless_controller_hotspot20_anqp_3gpp_cellular
        fortios_wireless_controller_hotspot20_anqp_ip_address_type
        fortios_wireless_controller_hotspot20_anqp_nai_realm
        fortios_wireless_controller_hotspot20_anqp_network_auth_type
        fortios_wireless_controller_hotspot20_anqp_roaming_consortium
        fortios_wireless_controller_hotspot20_anqp_venue_name
        fortios_wireless_controller_hotspot20_h2qp_conn_capability
        fortios_wireless_controller_hotspot20_h2qp_operator_name
        fortios_wireless_controller_hotspot20_h2qp_osu_provider fortios_wireless_controller_hotspot20_h2qp_wan_metric
        fortios_wireless_controller_hotspot20_hs_profile fortios_wireless_controller_hotspot20_icon
        fortios_wireless_controller_hotspot20_qos_map fortios_wireless_controller_inter_controller
        fortios_wireless_controller_qos_profile fortios_wireless_controller_setting fortios_wireless_controller_timers
        fortios_wireless_controller_utm_profile fortios_wireless_controller_vap fortios_wireless_controller_vap_group
        fortios_wireless_controller_wids_profile fortios_wireless_controller_wtp fortios_wireless_controller_wtp_group
        fortios_wireless_controller_wtp_profile frr_bgp frr_facts ftd_configuration ftd_file_download ftd_file_upload
        ftd_install gc_storage gcdns_record gcdns_zone gce gce_eip gce_img gce_instance_template gce_labels gce_lb
        gce_mig gce_net gce_pd gce_snapshot gce_tag gconftool2 gcp_appengine_firewall_rule
        gcp_appengine_firewall_rule_info gcp_backend_service gcp_bigquery_dataset gcp_bigquery_dataset_facts
        gcp_bigquery_dataset_info gcp_bigquery_table gcp_bigquery_table_facts gcp_bigquery_table_info
        gcp_cloudbuild_trigger gcp_cloudbuild_trigger_facts gcp_cloudbuild_trigger_info
        gcp_cloudfunctions_cloud_function gcp_cloudfunctions_cloud_function_info gcp_cloudscheduler_job
        gcp_cloudscheduler_job_info gcp_cloudtasks_queue gcp_cloudtasks_queue_info gcp_compute_address
        gcp_compute_address_facts gcp_compute_address_info gcp_compute_autoscaler gcp_compute_autoscaler_info
        gcp_compute_backend_bucket gcp_compute_backend_bucket_facts gcp_compute_backend_bucket_info
        gcp_compute_backend_service gcp_compute_backend_service_facts gcp_compute_backend_service_info
        gcp_compute_disk gcp_compute_disk_facts gcp_compute_disk_info gcp_compute_firewall gcp_compute_firewall_facts
        gcp_compute_firewall_info gcp_compute_forwarding_rule gcp_compute_forwarding_rule_facts
        gcp_compute_forwarding_rule_info gcp_compute_global_address gcp_compute_global_address_facts
        gcp_compute_global_address_info gcp_compute_global_forwarding_rule gcp_compute_global_forwarding_rule_facts
        gcp_compute_global_forwarding_rule_info gcp_compute_health_check gcp_compute_health_check_facts
        gcp_compute_health_check_info gcp_compute_http_health_check gcp_compute_http_health_check_facts
        gcp_compute_http_health_check_info gcp_compute_https_health_check gcp_compute_https_health_check_facts
        gcp_compute_https_health_check_info gcp_compute_image gcp_compute_image_facts gcp_compute_image_info
        gcp_compute_instance gcp_compute_instance_facts gcp_compute_instance_group gcp_compute_instance_group_facts
        gcp_compute_instance_group_info gcp_compute_instance_group_manager gcp_compute_instance_group_manager_facts
        gcp_compute_instance_group_manager_info gcp_compute_instance_info gcp_compute_instance_template
        gcp_compute_instance_template_facts gcp_compute_instance_template_info gcp_compute_interconnect_attachment
        gcp_compute_interconnect_attachment_facts gcp_compute_interconnect_attachment_info gcp_compute_network
        gcp_compute_network_endpoint_group gcp_compute_network_endpoint_group_info gcp_compute_network_facts
        gcp_compute_network_info gcp_compute_node_group gcp_compute_node_group_info gcp_compute_node_template
        gcp_compute_node_template_info gcp_compute_region_backend_service gcp_compute_region_backend_service_info
        gcp_compute_region_disk gcp_compute_region_disk_facts gcp_compute_region_disk_info gcp_compute_reservation
        gcp_compute_reservation_info gcp_compute_route gcp_compute_route_facts gcp_compute_route_info
        gcp_compute_router gcp_compute_router_facts gcp_compute_router_info gcp_compute_snapshot
        gcp_compute_snapshot_info gcp_compute_ssl_certificate gcp_compute_ssl_certificate_facts
        gcp_compute_ssl_certificate_info gcp_compute_ssl_policy gcp_compute_ssl_policy_facts
        gcp_compute_ssl_policy_info gcp_compute_subnetwork gcp_compute_subnetwork_facts gcp_compute_subnetwork_info
        gcp_compute_target_http_proxy gcp_compute_target_http_proxy_facts gcp_compute_target_http_proxy_info
        gcp_compute_target_https_proxy gcp_compute_target_https_proxy_facts gcp_compute_target_https_proxy_info
        gcp_compute_target_instance gcp_compute_target_instance_info gcp_compute_target_pool
        gcp_compute_target_pool_facts gcp_compute_target_pool_info gcp_compute_target_ssl_proxy
        gcp_compute_target_ssl_proxy_facts gcp_compute_target_ssl_proxy_info gcp_compute_target_tcp_proxy
        gcp_compute_target_tcp_proxy_facts gcp_compute_target_tcp_proxy_info gcp_compute_target_vpn_gateway
        gcp_compute_target_vpn_gateway_facts gcp_compute_target_vpn_gateway_info gcp_compute_url_map
        gcp_compute_url_map_facts gcp_compute_url_map_info gcp_compute_vpn_tunnel gcp_compute_vpn_tunnel_facts
        gcp_compute_vpn_tunnel_info gcp_container_cluster gcp_container_cluster_facts gcp_container_cluster_info
        gcp_container_node_pool gcp_container_node_pool_facts gcp_container_node_pool_info gcp_dns_managed_zone
        gcp_dns_managed_zone_facts gcp_dns_managed_zone_info gcp_dns_resource_record_set
        gcp_dns_resource_record_set_facts gcp_dns_resource_record_set_info gcp_filestore_instance
        gcp_filestore_instance_info gcp_forwarding_rule gcp_healthcheck gcp_iam_role gcp_iam_role_facts
        gcp_iam_role_info gcp_iam_service_account gcp_iam_service_account_facts gcp_iam_service_account_info
        gcp_iam_service_account_key gcp_kms_crypto_key gcp_kms_crypto_key_info gcp_kms_key_ring gcp_kms_key_ring_info
        gcp_logging_metric gcp_logging_metric_info gcp_mlengine_model gcp_mlengine_model_info gcp_mlengine_version
        gcp_mlengine_version_info gcp_pubsub_subscription gcp_pubsub_subscription_facts gcp_pubsub_subscription_info
        gcp_pubsub_topic gcp_pubsub_topic_facts gcp_pubsub_topic_info gcp_redis_instance gcp_redis_instance_facts
        gcp_redis_instance_info gcp_resourcemanager_project gcp_resourcemanager_project_facts
        gcp_resourcemanager_project_info gcp_runtimeconfig_config gcp_runtimeconfig_config_info
        gcp_runtimeconfig_variable gcp_runtimeconfig_variable_info gcp_serviceusage_service
        gcp_serviceusage_service_info gcp_sourcerepo_repository gcp_sourcerepo_repository_facts
        gcp_sourcerepo_repository_info gcp_spanner_database gcp_spanner_database_facts gcp_spanner_database_info
        gcp_spanner_instance gcp_spanner_instance_facts gcp_spanner_instance_info gcp_sql_database
        gcp_sql_database_facts gcp_sql_database_info gcp_sql_instance gcp_sql_instance_facts gcp_sql_instance_info
        gcp_sql_user gcp_sql_user_facts gcp_sql_user_info gcp_storage_bucket gcp_storage_bucket_access_control
        gcp_storage_object gcp_target_proxy gcp_tpu_node gcp_tpu_node_facts gcp_tpu_node_info gcp_url_map gcpubsub
        gcpubsub_facts gcpubsub_info gcspanner gem get_certificate git_config github_deploy_key github_hooks
        github_issue github_key github_release github_webhook github_webhook_facts github_webhook_info
        gitlab_deploy_key gitlab_group gitlab_hook gitlab_hooks gitlab_project gitlab_project_variable gitlab_runner
        gitlab_user gluster_heal_facts gluster_heal_info gluster_peer gluster_volume grafana_dashboard
        grafana_datasource grafana_plugin grove gunicorn haproxy hcloud_datacenter_facts hcloud_datacenter_info
        hcloud_floating_ip hcloud_floating_ip_facts hcloud_floating_ip_info hcloud_image_facts hcloud_image_info
        hcloud_location_facts hcloud_location_info hcloud_network hcloud_network_info hcloud_rdns hcloud_route
        hcloud_server hcloud_server_facts hcloud_server_info hcloud_server_network hcloud_server_type_facts
        hcloud_server_type_info hcloud_ssh_key hcloud_ssh_key_facts hcloud_ssh_key_info hcloud_subnetwork
        hcloud_volume hcloud_volume_facts hcloud_volume_info helm heroku_collaborator hetzner_failover_ip
        hetzner_failover_ip_info hetzner_firewall hetzner_firewall_info hg hipchat homebrew homebrew_cask homebrew_tap
        honeybadger_deployment hpilo_boot hpilo_facts hpilo_info hponcfg htpasswd hwc_ecs_instance hwc_evs_disk
        hwc_network_vpc hwc_smn_topic hwc_vpc_eip hwc_vpc_peering_connect hwc_vpc_port hwc_vpc_private_ip
        hwc_vpc_route hwc_vpc_security_group hwc_vpc_security_group_rule hwc_vpc_subnet iam iam_cert iam_cert_facts
        iam_group iam_managed_policy iam_mfa_device_facts iam_mfa_device_info iam_password_policy iam_policy
        iam_policy_info iam_role iam_role_facts iam_role_info iam_saml_federation iam_server_certificate_facts
        iam_server_certificate_info iam_user iam_user_info iap_start_workflow iap_token ibm_sa_domain ibm_sa_host
        ibm_sa_host_ports ibm_sa_pool ibm_sa_vol ibm_sa_vol_map icinga2_feature icinga2_host icx_banner icx_command
        icx_config icx_copy icx_facts icx_interface icx_l3_interface icx_linkagg icx_lldp icx_logging icx_ping
        icx_static_route icx_system icx_user icx_vlan idrac_firmware idrac_redfish_command idrac_redfish_config
        idrac_redfish_facts idrac_redfish_info idrac_server_config_profile ig_config ig_unit_information imc_rest
        imgadm infini_export infini_export_client infini_fs infini_host infini_pool infini_vol infinity
        influxdb_database influxdb_query influxdb_retention_policy influxdb_user influxdb_write ini_file installp
        interfaces_file intersight_facts intersight_info intersight_rest_api ios_acl_interfaces ios_acls ios_banner
        ios_bgp ios_command ios_config ios_facts ios_interface ios_interfaces ios_l2_interface ios_l2_interfaces
        ios_l3_interface ios_l3_interfaces ios_lacp ios_lacp_interfaces ios_lag_interfaces ios_linkagg ios_lldp
        ios_lldp_global ios_lldp_interfaces ios_logging ios_ntp ios_ospfv2 ios_ping ios_static_route ios_static_routes
        ios_system ios_user ios_vlan ios_vlans ios_vrf iosxr_acl_interfaces iosxr_acls iosxr_banner iosxr_bgp
        iosxr_command iosxr_config iosxr_facts iosxr_interface iosxr_interfaces iosxr_l2_interfaces
        iosxr_l3_interfaces iosxr_lacp iosxr_lacp_interfaces iosxr_lag_interfaces iosxr_lldp_global
        iosxr_lldp_interfaces iosxr_logging iosxr_netconf iosxr_ospfv2 iosxr_static_routes iosxr_system iosxr_user
        ip_netns ipa_config ipa_dnsrecord ipa_dnszone ipa_group ipa_hbacrule ipa_host ipa_hostgroup ipa_role
        ipa_service ipa_subca ipa_sudocmd ipa_sudocmdgroup ipa_sudorule ipa_user ipa_vault ipadm_addr ipadm_addrprop
        ipadm_if ipadm_ifprop ipadm_prop ipify_facts ipinfoio_facts ipmi_boot ipmi_power ipwcli_dns irc
        ironware_command ironware_config ironware_facts iso_extract jabber java_cert java_keystore jboss jenkins_job
        jenkins_job_facts jenkins_job_info jenkins_plugin jenkins_script jira junos_acl_interfaces junos_acls
        junos_banner junos_command junos_config junos_facts junos_interface junos_interfaces junos_l2_interface
        junos_l2_interfaces junos_l3_interface junos_l3_interfaces junos_lacp junos_lacp_interfaces
        junos_lag_interfaces junos_linkagg junos_lldp junos_lldp_global junos_lldp_interface junos_lldp_interfaces
        junos_logging junos_netconf junos_ospfv2 junos_package junos_ping junos_rpc junos_scp junos_static_route
        junos_static_routes junos_system junos_user junos_vlan junos_vlans junos_vrf k8s k8s_auth k8s_facts k8s_info
        k8s_raw k8s_scale k8s_service katello kernel_blacklist keycloak_client keycloak_clienttemplate keycloak_group
        kibana_plugin kinesis_stream kubevirt_cdi_upload kubevirt_preset kubevirt_pvc kubevirt_rs kubevirt_template
        kubevirt_vm lambda lambda_alias lambda_event lambda_facts lambda_info lambda_policy layman lbu ldap_attr
        ldap_attrs ldap_entry ldap_passwd librato_annotation lightsail linode linode_v4 listen_ports_facts lldp
        locale_gen logentries logentries_msg logicmonitor logicmonitor_facts logstash_plugin luks_device lvg lvol
        lxc_container lxca_cmms lxca_nodes lxd_container lxd_profile macports mail make manageiq_alert_profiles
        manageiq_alerts manageiq_group manageiq_policies manageiq_provider manageiq_tags manageiq_tenant manageiq_user
        mas matrix mattermost maven_artifact memset_dns_reload memset_memstore_facts memset_memstore_info
        memset_server_facts memset_server_info memset_zone memset_zone_domain memset_zone_record meraki_admin
        meraki_config_template meraki_content_filtering meraki_device meraki_firewalled_services meraki_malware
        meraki_mr_l3_firewall meraki_mx_l3_firewall meraki_mx_l7_firewall meraki_nat meraki_network
        meraki_organization meraki_snmp meraki_ssid meraki_static_route meraki_switchport meraki_syslog meraki_vlan
        meraki_webhook mksysb modprobe mongodb_info mongodb_parameter mongodb_replicaset mongodb_shard mongodb_user
        monit mount mqtt mso_label mso_role mso_schema mso_schema_site mso_schema_site_anp mso_schema_site_anp_epg
        mso_schema_site_anp_epg_domain mso_schema_site_anp_epg_staticleaf mso_schema_site_anp_epg_staticport
        mso_schema_site_anp_epg_subnet mso_schema_site_bd mso_schema_site_bd_l3out mso_schema_site_bd_subnet
        mso_schema_site_vrf mso_schema_site_vrf_region mso_schema_site_vrf_region_cidr
        mso_schema_site_vrf_region_cidr_subnet mso_schema_template mso_schema_template_anp mso_schema_template_anp_epg
        mso_schema_template_anp_epg_contract mso_schema_template_anp_epg_subnet mso_schema_template_bd
        mso_schema_template_bd_subnet mso_schema_template_contract_filter mso_schema_template_deploy
        mso_schema_template_external_epg_contract mso_schema_template_external_epg_subnet
        mso_schema_template_externalepg mso_schema_template_filter_entry mso_schema_template_l3out
        mso_schema_template_vrf mso_site mso_tenant mso_user mssql_db mysql_db mysql_info mysql_query
        mysql_replication mysql_user mysql_variables na_cdot_aggregate na_cdot_license na_cdot_lun na_cdot_qtree
        na_cdot_svm na_cdot_user na_cdot_user_role na_cdot_volume na_elementsw_access_group na_elementsw_account
        na_elementsw_admin_users na_elementsw_backup na_elementsw_check_connections na_elementsw_cluster
        na_elementsw_cluster_config na_elementsw_cluster_pair na_elementsw_cluster_snmp na_elementsw_drive
        na_elementsw_initiators na_elementsw_ldap na_elementsw_network_interfaces na_elementsw_node
        na_elementsw_snapshot na_elementsw_snapshot_restore na_elementsw_snapshot_schedule na_elementsw_vlan
        na_elementsw_volume na_elementsw_volume_clone na_elementsw_volume_pair na_ontap_aggregate na_ontap_autosupport
        na_ontap_broadcast_domain na_ontap_broadcast_domain_ports na_ontap_cg_snapshot na_ontap_cifs na_ontap_cifs_acl
        na_ontap_cifs_server na_ontap_cluster na_ontap_cluster_ha na_ontap_cluster_peer na_ontap_command
        na_ontap_disks na_ontap_dns na_ontap_export_policy na_ontap_export_policy_rule na_ontap_fcp
        na_ontap_firewall_policy na_ontap_firmware_upgrade na_ontap_flexcache na_ontap_gather_facts na_ontap_igroup
        na_ontap_igroup_initiator na_ontap_info na_ontap_interface na_ontap_ipspace na_ontap_iscsi
        na_ontap_job_schedule na_ontap_kerberos_realm na_ontap_ldap na_ontap_ldap_client na_ontap_license na_ontap_lun
        na_ontap_lun_copy na_ontap_lun_map na_ontap_motd na_ontap_ndmp na_ontap_net_ifgrp na_ontap_net_port
        na_ontap_net_routes na_ontap_net_subnet na_ontap_net_vlan na_ontap_nfs na_ontap_node na_ontap_ntp
        na_ontap_nvme na_ontap_nvme_namespace na_ontap_nvme_subsystem na_ontap_object_store na_ontap_ports
        na_ontap_portset na_ontap_qos_adaptive_policy_group na_ontap_qos_policy_group na_ontap_qtree na_ontap_quotas
        na_ontap_security_key_manager na_ontap_service_processor_network na_ontap_snapmirror na_ontap_snapshot
        na_ontap_snapshot_policy na_ontap_snmp na_ontap_software_update na_ontap_svm na_ontap_svm_options
        na_ontap_ucadapter na_ontap_unix_group na_ontap_unix_user na_ontap_user na_ontap_user_role na_ontap_volume
        na_ontap_volume_autosize na_ontap_volume_clone na_ontap_vscan na_ontap_vscan_on_access_policy
        na_ontap_vscan_on_demand_task na_ontap_vscan_scanner_pool na_ontap_vserver_cifs_security na_ontap_vserver_peer
        nagios nclu net_banner net_get net_interface net_l2_interface net_l3_interface net_linkagg net_lldp
        net_lldp_interface net_logging net_ping net_put net_static_route net_system net_user net_vlan net_vrf
        netact_cm_command netapp_e_alerts netapp_e_amg netapp_e_amg_role netapp_e_amg_sync netapp_e_asup
        netapp_e_auditlog netapp_e_auth netapp_e_drive_firmware netapp_e_facts netapp_e_firmware netapp_e_flashcache
        netapp_e_global netapp_e_host netapp_e_hostgroup netapp_e_iscsi_interface netapp_e_iscsi_target netapp_e_ldap
        netapp_e_lun_mapping netapp_e_mgmt_interface netapp_e_snapshot_group netapp_e_snapshot_images
        netapp_e_snapshot_volume netapp_e_storage_system netapp_e_storagepool netapp_e_syslog netapp_e_volume
        netapp_e_volume_copy netbox_device netbox_interface netbox_ip_address netbox_prefix netbox_site netconf_config
        netconf_get netconf_rpc netcup_dns netscaler_cs_action netscaler_cs_policy netscaler_cs_vserver
        netscaler_gslb_service netscaler_gslb_site netscaler_gslb_vserver netscaler_lb_monitor netscaler_lb_vserver
        netscaler_nitro_request netscaler_save_config netscaler_server netscaler_service netscaler_servicegroup
        netscaler_ssl_certkey newrelic_deployment nexmo nginx_status_facts nginx_status_info nictagadm nios_a_record
        nios_aaaa_record nios_cname_record nios_dns_view nios_fixed_address nios_host_record nios_member
        nios_mx_record nios_naptr_record nios_network nios_network_view nios_nsgroup nios_ptr_record nios_srv_record
        nios_txt_record nios_zone nmcli nos_command nos_config nos_facts nosh npm nso_action nso_config nso_query
        nso_show nso_verify nsupdate nuage_vspk nxos_aaa_server nxos_aaa_server_host nxos_acl nxos_acl_interface
        nxos_acl_interfaces nxos_acls nxos_banner nxos_bfd_global nxos_bfd_interfaces nxos_bgp nxos_bgp_af
        nxos_bgp_neighbor nxos_bgp_neighbor_af nxos_command nxos_config nxos_devicealias nxos_evpn_global
        nxos_evpn_vni nxos_facts nxos_feature nxos_file_copy nxos_gir nxos_gir_profile_management nxos_hsrp
        nxos_hsrp_interfaces nxos_igmp nxos_igmp_interface nxos_igmp_snooping nxos_install_os nxos_interface
        nxos_interface_ospf nxos_interfaces nxos_l2_interface nxos_l2_interfaces nxos_l3_interface nxos_l3_interfaces
        nxos_lacp nxos_lacp_interfaces nxos_lag_interfaces nxos_linkagg nxos_lldp nxos_lldp_global
        nxos_lldp_interfaces nxos_logging nxos_ntp nxos_ntp_auth nxos_ntp_options nxos_nxapi nxos_ospf nxos_ospf_vrf
        nxos_ospfv2 nxos_overlay_global nxos_pim nxos_pim_interface nxos_pim_rp_address nxos_ping nxos_reboot
        nxos_rollback nxos_rpm nxos_smu nxos_snapshot nxos_snmp_community nxos_snmp_contact nxos_snmp_host
        nxos_snmp_location nxos_snmp_traps nxos_snmp_user nxos_static_route nxos_static_routes nxos_system
        nxos_telemetry nxos_udld nxos_udld_interface nxos_user nxos_vlan nxos_vlans nxos_vpc nxos_vpc_interface
        nxos_vrf nxos_vrf_af nxos_vrf_interface nxos_vrrp nxos_vsan nxos_vtp_domain nxos_vtp_password nxos_vtp_version
        nxos_vxlan_vtep nxos_vxlan_vtep_vni nxos_zone_zoneset oci_vcn office_365_connector_card ohai omapi_host
        ome_device_info one_host one_image one_image_facts one_image_info one_service one_vm oneandone_firewall_policy
        oneandone_load_balancer oneandone_monitoring_policy oneandone_private_network oneandone_public_ip
        oneandone_server onepassword_facts onepassword_info oneview_datacenter_facts oneview_datacenter_info
        oneview_enclosure_facts oneview_enclosure_info oneview_ethernet_network oneview_ethernet_network_facts
        oneview_ethernet_network_info oneview_fc_network oneview_fc_network_facts oneview_fc_network_info
        oneview_fcoe_network oneview_fcoe_network_facts oneview_fcoe_network_info oneview_logical_interconnect_group
        oneview_logical_interconnect_group_facts oneview_logical_interconnect_group_info oneview_network_set
        oneview_network_set_facts oneview_network_set_info oneview_san_manager oneview_san_manager_facts
        oneview_san_manager_info online_server_facts online_server_info online_user_facts online_user_info onyx_aaa
        onyx_bfd onyx_bgp onyx_buffer_pool onyx_command onyx_config onyx_facts onyx_igmp onyx_igmp_interface
        onyx_igmp_vlan onyx_interface onyx_l2_interface onyx_l3_interface onyx_linkagg onyx_lldp onyx_lldp_interface
        onyx_magp onyx_mlag_ipl onyx_mlag_vip onyx_ntp onyx_ntp_servers_peers onyx_ospf onyx_pfc_interface
        onyx_protocol onyx_ptp_global onyx_ptp_interface onyx_qos onyx_snmp onyx_snmp_hosts onyx_snmp_users
        onyx_syslog_files onyx_syslog_remote onyx_traffic_class onyx_username onyx_vlan onyx_vxlan onyx_wjh open_iscsi
        openbsd_pkg opendj_backendprop openshift_raw openshift_scale openssh_cert openssh_keypair openssl_certificate
        openssl_certificate_info openssl_csr openssl_csr_info openssl_dhparam openssl_pkcs12 openssl_privatekey
        openssl_privatekey_info openssl_publickey openvswitch_bridge openvswitch_db openvswitch_port openwrt_init opkg
        opx_cps ordnance_config ordnance_facts os_auth os_client_config os_coe_cluster os_coe_cluster_template
        os_flavor_facts os_flavor_info os_floating_ip os_group os_group_info os_image os_image_facts os_image_info
        os_ironic os_ironic_inspect os_ironic_node os_keypair os_keystone_domain os_keystone_domain_facts
        os_keystone_domain_info os_keystone_endpoint os_keystone_role os_keystone_service os_listener os_loadbalancer
        os_member os_network os_networks_facts os_networks_info os_nova_flavor os_nova_host_aggregate os_object
        os_pool os_port os_port_facts os_port_info os_project os_project_access os_project_facts os_project_info
        os_quota os_recordset os_router os_security_group os_security_group_rule os_server os_server_action
        os_server_facts os_server_group os_server_info os_server_metadata os_server_volume os_stack os_subnet
        os_subnets_facts os_subnets_info os_user os_user_facts os_user_group os_user_info os_user_role os_volume
        os_volume_snapshot os_zone osx_defaults osx_say ovh_ip_failover ovh_ip_loadbalancing_backend
        ovh_monthly_billing ovirt ovirt_affinity_group ovirt_affinity_label ovirt_affinity_label_facts
        ovirt_affinity_label_info ovirt_api_facts ovirt_api_info ovirt_auth ovirt_cluster ovirt_cluster_facts
        ovirt_cluster_info ovirt_datacenter ovirt_datacenter_facts ovirt_datacenter_info ovirt_disk ovirt_disk_facts
        ovirt_disk_info ovirt_event ovirt_event_facts ovirt_event_info ovirt_external_provider
        ovirt_external_provider_facts ovirt_external_provider_info ovirt_group ovirt_group_facts ovirt_group_info
        ovirt_host ovirt_host_facts ovirt_host_info ovirt_host_network ovirt_host_pm ovirt_host_storage_facts
        ovirt_host_storage_info ovirt_instance_type ovirt_job ovirt_mac_pool ovirt_network ovirt_network_facts
        ovirt_network_info ovirt_nic ovirt_nic_facts ovirt_nic_info ovirt_permission ovirt_permission_facts
        ovirt_permission_info ovirt_quota ovirt_quota_facts ovirt_quota_info ovirt_role ovirt_scheduling_policy_facts
        ovirt_scheduling_policy_info ovirt_snapshot ovirt_snapshot_facts ovirt_snapshot_info ovirt_storage_connection
        ovirt_storage_domain ovirt_storage_domain_facts ovirt_storage_domain_info ovirt_storage_template_facts
        ovirt_storage_template_info ovirt_storage_vm_facts ovirt_storage_vm_info ovirt_tag ovirt_tag_facts
        ovirt_tag_info ovirt_template ovirt_template_facts ovirt_template_info ovirt_user ovirt_user_facts
        ovirt_user_info ovirt_vm ovirt_vm_facts ovirt_vm_info ovirt_vmpool ovirt_vmpool_facts ovirt_vmpool_info
        ovirt_vnic_profile ovirt_vnic_profile_info pacemaker_cluster packet_device packet_ip_subnet packet_project
        packet_sshkey packet_volume packet_volume_attachment pacman pagerduty pagerduty_alert pam_limits pamd
        panos_admin panos_admpwd panos_cert_gen_ssh panos_check panos_commit panos_dag panos_dag_tags panos_import
        panos_interface panos_lic panos_loadcfg panos_match_rule panos_mgtconfig panos_nat_rule panos_object panos_op
        panos_pg panos_query_rules panos_restart panos_sag panos_security_rule panos_set parted patch pear pids
        pingdom pip_package_info pkg5 pkg5_publisher pkgin pkgng pkgutil pn_access_list pn_access_list_ip
        pn_admin_service pn_admin_session_timeout pn_admin_syslog pn_cluster pn_connection_stats_settings pn_cpu_class
        pn_cpu_mgmt_class pn_dhcp_filter pn_dscp_map pn_dscp_map_pri_map pn_fabric_local pn_igmp_snooping
        pn_ipv6security_raguard pn_ipv6security_raguard_port pn_ipv6security_raguard_vlan pn_log_audit_exception
        pn_ospf pn_ospfarea pn_port_config pn_port_cos_bw pn_port_cos_rate_setting pn_prefix_list
        pn_prefix_list_network pn_role pn_show pn_snmp_community pn_snmp_trap_sink pn_snmp_vacm pn_stp pn_stp_port
        pn_switch_setup pn_trunk pn_user pn_vflow_table_profile pn_vlag pn_vlan pn_vrouter pn_vrouter_bgp
        pn_vrouter_bgp_network pn_vrouter_interface_ip pn_vrouter_loopback_interface pn_vrouter_ospf pn_vrouter_ospf6
        pn_vrouter_packet_relay pn_vrouter_pim_config pn_vrouterbgp pn_vrouterif pn_vrouterlbif pn_vtep
        podman_container_info podman_image podman_image_info podman_volume_info portage portinstall postgresql_copy
        postgresql_db postgresql_ext postgresql_idx postgresql_info postgresql_lang postgresql_membership
        postgresql_owner postgresql_pg_hba postgresql_ping postgresql_privs postgresql_publication postgresql_query
        postgresql_schema postgresql_sequence postgresql_set postgresql_slot postgresql_subscription postgresql_table
        postgresql_tablespace postgresql_user postgresql_user_obj_stat_info profitbricks profitbricks_datacenter
        profitbricks_nic profitbricks_volume profitbricks_volume_attachments proxmox proxmox_kvm proxmox_template
        proxysql_backend_servers proxysql_global_variables proxysql_manage_config proxysql_mysql_users
        proxysql_query_rules proxysql_replication_hostgroups proxysql_scheduler psexec pubnub_blocks pulp_repo puppet
        purefa_alert purefa_arrayname purefa_banner purefa_connect purefa_dns purefa_ds purefa_dsrole purefa_facts
        purefa_hg purefa_host purefa_info purefa_ntp purefa_offload purefa_pg purefa_pgsnap purefa_phonehome purefa_ra
        purefa_smtp purefa_snap purefa_snmp purefa_syslog purefa_user purefa_vg purefa_volume purefb_bucket purefb_ds
        purefb_dsrole purefb_facts purefb_fs purefb_info purefb_network purefb_ra purefb_s3acc purefb_s3user
        purefb_smtp purefb_snap purefb_subnet pushbullet pushover python_requirements_facts python_requirements_info
        rabbitmq_binding rabbitmq_exchange rabbitmq_global_parameter rabbitmq_parameter rabbitmq_plugin
        rabbitmq_policy rabbitmq_publish rabbitmq_queue rabbitmq_user rabbitmq_vhost rabbitmq_vhost_limits rax rax_cbs
        rax_cbs_attachments rax_cdb rax_cdb_database rax_cdb_user rax_clb rax_clb_nodes rax_clb_ssl rax_dns
        rax_dns_record rax_facts rax_files rax_files_objects rax_identity rax_keypair rax_meta rax_mon_alarm
        rax_mon_check rax_mon_entity rax_mon_notification rax_mon_notification_plan rax_network rax_queue
        rax_scaling_group rax_scaling_policy rds rds_instance rds_instance_facts rds_instance_info rds_param_group
        rds_snapshot rds_snapshot_facts rds_snapshot_info rds_subnet_group read_csv redfish_command redfish_config
        redfish_facts redfish_info redhat_subscription redis redshift redshift_cross_region_snapshots redshift_facts
        redshift_info redshift_subnet_group restconf_config restconf_get rhevm rhn_channel rhn_register rhsm_release
        rhsm_repository riak rocketchat rollbar_deployment route53 route53_facts route53_health_check route53_info
        route53_zone routeros_command routeros_facts rundeck_acl_policy rundeck_project runit s3_bucket
        s3_bucket_notification s3_lifecycle s3_logging s3_sync s3_website say scaleway_compute scaleway_image_facts
        scaleway_image_info scaleway_ip scaleway_ip_facts scaleway_ip_info scaleway_lb scaleway_organization_facts
        scaleway_organization_info scaleway_security_group scaleway_security_group_facts scaleway_security_group_info
        scaleway_security_group_rule scaleway_server_facts scaleway_server_info scaleway_snapshot_facts
        scaleway_snapshot_info scaleway_sshkey scaleway_user_data scaleway_volume scaleway_volume_facts
        scaleway_volume_info seboolean sefcontext selinux selinux_permissive selogin sendgrid sensu_check sensu_client
        sensu_handler sensu_silence sensu_subscription seport serverless setup.ps1 sf_account_manager
        sf_check_connections sf_snapshot_schedule_manager sf_volume_access_group_manager sf_volume_manager
        skydive_capture skydive_edge skydive_node sl_vm slack slackpkg slurp.ps1 slxos_command slxos_config
        slxos_facts slxos_interface slxos_l2_interface slxos_l3_interface slxos_linkagg slxos_lldp slxos_vlan
        smartos_image_facts smartos_image_info snap snmp_facts snow_record snow_record_find sns sns_topic solaris_zone
        sorcery spectrum_device spotinst_aws_elastigroup sqs_queue sros_command sros_config sros_rollback ss_3par_cpg
        stackdriver stacki_host statusio_maintenance sts_assume_role sts_session_token supervisorctl svc svr4pkg
        swdepot swupd synchronize sysctl syslogger syspatch taiga_issue telegram telnet terraform timezone
        tower_credential tower_credential_type tower_group tower_host tower_inventory tower_inventory_source
        tower_job_cancel tower_job_launch tower_job_list tower_job_template tower_job_wait tower_label
        tower_notification tower_organization tower_project tower_receive tower_role tower_send tower_settings
        tower_team tower_user tower_workflow_launch tower_workflow_template twilio typetalk ucs_disk_group_policy
        ucs_dns_server ucs_ip_pool ucs_lan_connectivity ucs_mac_pool ucs_managed_objects ucs_ntp_server ucs_org
        ucs_query ucs_san_connectivity ucs_service_profile_template ucs_storage_profile ucs_timezone ucs_uuid_pool
        ucs_vhba_template ucs_vlan_find ucs_vlans ucs_vnic_template ucs_vsans ucs_wwn_pool udm_dns_record udm_dns_zone
        udm_group udm_share udm_user ufw uptimerobot urpmi utm_aaa_group utm_aaa_group_info utm_ca_host_key_cert
        utm_ca_host_key_cert_info utm_dns_host utm_network_interface_address utm_network_interface_address_info
        utm_proxy_auth_profile utm_proxy_exception utm_proxy_frontend utm_proxy_frontend_info utm_proxy_location
        utm_proxy_location_info vca_fw vca_nat vca_vapp vcenter_extension vcenter_extension_facts
        vcenter_extension_info vcenter_folder vcenter_license vdirect_commit vdirect_file vdirect_runnable vdo
        vertica_configuration vertica_facts vertica_info vertica_role vertica_schema vertica_user vexata_eg
        vexata_volume virt virt_net virt_pool vmadm vmware_about_facts vmware_about_info vmware_appliance_access_info
        vmware_appliance_health_info vmware_category vmware_category_facts vmware_category_info vmware_cfg_backup
        vmware_cis_category_info vmware_cluster vmware_cluster_drs vmware_cluster_facts vmware_cluster_ha
        vmware_cluster_info vmware_cluster_vsan vmware_content_deploy_template vmware_content_library_info
        vmware_content_library_manager vmware_core_info vmware_datacenter vmware_datastore_cluster
        vmware_datastore_facts vmware_datastore_info vmware_datastore_maintenancemode vmware_deploy_ovf
        vmware_dns_config vmware_drs_group vmware_drs_group_facts vmware_drs_group_info vmware_drs_rule_facts
        vmware_drs_rule_info vmware_dvs_host vmware_dvs_portgroup vmware_dvs_portgroup_facts vmware_dvs_portgroup_find
        vmware_dvs_portgroup_info vmware_dvswitch vmware_dvswitch_lacp vmware_dvswitch_nioc vmware_dvswitch_pvlans
        vmware_dvswitch_uplink_pg vmware_evc_mode vmware_export_ovf vmware_folder_info vmware_guest
        vmware_guest_boot_facts vmware_guest_boot_info vmware_guest_boot_manager vmware_guest_controller
        vmware_guest_cross_vc_clone vmware_guest_custom_attribute_defs vmware_guest_custom_attributes
        vmware_guest_customization_facts vmware_guest_customization_info vmware_guest_disk vmware_guest_disk_facts
        vmware_guest_disk_info vmware_guest_facts vmware_guest_file_operation vmware_guest_find vmware_guest_info
        vmware_guest_move vmware_guest_network vmware_guest_powerstate vmware_guest_register_operation
        vmware_guest_screenshot vmware_guest_sendkey vmware_guest_serial_port vmware_guest_snapshot
        vmware_guest_snapshot_facts vmware_guest_snapshot_info vmware_guest_tools_info vmware_guest_tools_upgrade
        vmware_guest_tools_wait vmware_guest_video vmware_guest_vnc vmware_host vmware_host_acceptance
        vmware_host_active_directory vmware_host_auto_start vmware_host_capability_facts vmware_host_capability_info
        vmware_host_config_facts vmware_host_config_info vmware_host_config_manager vmware_host_datastore
        vmware_host_dns vmware_host_dns_facts vmware_host_dns_info vmware_host_facts vmware_host_feature_facts
        vmware_host_feature_info vmware_host_firewall_facts vmware_host_firewall_info vmware_host_firewall_manager
        vmware_host_hyperthreading vmware_host_ipv6 vmware_host_kernel_manager vmware_host_lockdown vmware_host_ntp
        vmware_host_ntp_facts vmware_host_ntp_info vmware_host_package_facts vmware_host_package_info
        vmware_host_powermgmt_policy vmware_host_powerstate vmware_host_scanhba vmware_host_service_facts
        vmware_host_service_info vmware_host_service_manager vmware_host_snmp vmware_host_ssl_facts
        vmware_host_ssl_info vmware_host_vmhba_facts vmware_host_vmhba_info vmware_host_vmnic_facts
        vmware_host_vmnic_info vmware_local_role_facts vmware_local_role_info vmware_local_role_manager
        vmware_local_user_facts vmware_local_user_info vmware_local_user_manager vmware_maintenancemode
        vmware_migrate_vmk vmware_object_role_permission vmware_portgroup vmware_portgroup_facts vmware_portgroup_info
        vmware_resource_pool vmware_resource_pool_facts vmware_resource_pool_info vmware_tag vmware_tag_facts
        vmware_tag_info vmware_tag_manager vmware_target_canonical_facts vmware_target_canonical_info
        vmware_vcenter_settings vmware_vcenter_statistics vmware_vm_facts vmware_vm_host_drs_rule vmware_vm_info
        vmware_vm_shell vmware_vm_storage_policy_info vmware_vm_vm_drs_rule vmware_vm_vss_dvs_migrate vmware_vmkernel
        vmware_vmkernel_facts vmware_vmkernel_info vmware_vmkernel_ip_config vmware_vmotion vmware_vsan_cluster
        vmware_vsan_health_info vmware_vspan_session vmware_vswitch vmware_vswitch_facts vmware_vswitch_info
        voss_command voss_config voss_facts vr_account_facts vr_dns_domain vr_dns_record vr_firewall_group
        vr_firewall_rule vr_server vr_ssh_key vr_startup_script vr_user vsphere_copy vsphere_file vultr_account_facts
        vultr_account_info vultr_block_storage vultr_block_storage_facts vultr_block_storage_info vultr_dns_domain
        vultr_dns_domain_facts vultr_dns_domain_info vultr_dns_record vultr_firewall_group vultr_firewall_group_facts
        vultr_firewall_group_info vultr_firewall_rule vultr_network vultr_network_facts vultr_network_info
        vultr_os_facts vultr_os_info vultr_plan_facts vultr_plan_info vultr_region_facts vultr_region_info
        vultr_server vultr_server_facts vultr_server_info vultr_ssh_key vultr_ssh_key_facts vultr_ssh_key_info
        vultr_startup_script vultr_startup_script_facts vultr_startup_script_info vultr_user vultr_user_facts
        vultr_user_info vyos_banner vyos_command vyos_config vyos_facts vyos_firewall_global vyos_firewall_interfaces
        vyos_firewall_rules vyos_interface vyos_interfaces vyos_l3_interface vyos_l3_interfaces vyos_lag_interfaces
        vyos_linkagg vyos_lldp vyos_lldp_global vyos_lldp_interface vyos_lldp_interfaces vyos_logging vyos_ospfv2
        vyos_ping vyos_static_route vyos_static_routes vyos_system vyos_user vyos_vlan wakeonlan webfaction_app
        webfaction_db webfaction_domain webfaction_mailbox webfaction_site win_acl win_acl_inheritance
        win_audit_policy_system win_audit_rule win_certificate_store win_chocolatey win_chocolatey_config
        win_chocolatey_facts win_chocolatey_feature win_chocolatey_source win_command win_copy win_credential
        win_defrag win_disk_facts win_disk_image win_dns_client win_dns_record win_domain win_domain_computer
        win_domain_controller win_domain_group win_domain_group_membership win_domain_membership win_domain_user
        win_dotnet_ngen win_dsc win_environment win_eventlog win_eventlog_entry win_feature win_file win_file_version
        win_find win_firewall win_firewall_rule win_format win_get_url win_group win_group_membership win_hostname
        win_hosts win_hotfix win_http_proxy win_iis_virtualdirectory win_iis_webapplication win_iis_webapppool
        win_iis_webbinding win_iis_website win_inet_proxy win_initialize_disk win_lineinfile win_mapped_drive win_msg
        win_netbios win_nssm win_optional_feature win_owner win_package win_pagefile win_partition win_path win_pester
        win_ping win_power_plan win_product_facts win_psexec win_psmodule win_psrepository win_rabbitmq_plugin
        win_rds_cap win_rds_rap win_rds_settings win_reboot win_reg_stat win_regedit win_region win_regmerge
        win_robocopy win_route win_say win_scheduled_task win_scheduled_task_stat win_security_policy win_service
        win_share win_shell win_shortcut win_snmp win_stat win_tempfile win_template win_timezone win_toast win_unzip
        win_updates win_uri win_user win_user_profile win_user_right win_wait_for win_wait_for_process win_wakeonlan
        win_webpicmd win_whoami win_xml x509_crl x509_crl_info xattr xbps xenserver_facts xenserver_guest
        xenserver_guest_facts xenserver_guest_info xenserver_guest_powerstate xfconf xfs_quota xml yarn zabbix_action
        zabbix_group zabbix_group_facts zabbix_group_info zabbix_host zabbix_host_events_info zabbix_host_facts
        zabbix_host_info zabbix_hostmacro zabbix_maintenance zabbix_map zabbix_mediatype zabbix_proxy zabbix_screen
        zabbix_service zabbix_template zabbix_template_info zabbix_user zabbix_user_info zabbix_valuemap zfs
        zfs_delegate_admin zfs_facts znode zpool_facts zypper zypper_repository
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
